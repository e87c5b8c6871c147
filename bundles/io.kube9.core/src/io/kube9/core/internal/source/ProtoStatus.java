package io.kube9.core.internal.source;

import java.io.IOException;
import java.util.Arrays;

import com.google.gson.JsonObject;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;

/**
 * The message of a failed request's Status when the server answered in protobuf (it answers errors in the form a
 * listing asked for), as the JSON Status document the error classifier reads.
 */
final class ProtoStatus {

	private static final ProtoShape STATUS = ProtoShape.of().text(3, "message");
	private static final int UNKNOWN_RAW = ProtoReader.tag(2, WireFormat.WIRETYPE_LENGTH_DELIMITED);
	private static final int MAGIC_BYTES = 4;

	private ProtoStatus() {
	}

	/** The Status as JSON text, or "" when the body is not one. */
	static String asJson(byte[] body) {
		if (body.length <= MAGIC_BYTES) {
			return "";
		}
		try {
			CodedInputStream in = CodedInputStream.newInstance(Arrays.copyOfRange(body, MAGIC_BYTES, body.length));
			for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
				if (tag == UNKNOWN_RAW) {
					JsonObject status = ProtoReader.nested(in, STATUS);
					return status.has("message") ? status.toString() : "";
				}
				in.skipField(tag);
			}
		} catch (IOException notStatus) {
			// Fall through: no message to show.
		}
		return "";
	}
}
