package io.kube9.core.internal.source;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;

/**
 * Reads an ObjectMeta (k8s.io/apimachinery meta/v1 generated.proto) straight into an {@link ItemMetadata}: name (1),
 * namespace (3), uid (5), creationTimestamp (8), deletionTimestamp (9), labels (11); every other field (managed
 * fields, annotations, owner references) is skipped unread. No JSON object in between, and the creation time goes
 * from seconds to an Instant without a text: a listing reads one per item.
 */
final class ProtoMetadata {

	private static final int NAME = ProtoReader.tag(1, WireFormat.WIRETYPE_LENGTH_DELIMITED);
	private static final int NAMESPACE = ProtoReader.tag(3, WireFormat.WIRETYPE_LENGTH_DELIMITED);
	private static final int UID = ProtoReader.tag(5, WireFormat.WIRETYPE_LENGTH_DELIMITED);
	private static final int CREATED = ProtoReader.tag(8, WireFormat.WIRETYPE_LENGTH_DELIMITED);
	private static final int DELETED = ProtoReader.tag(9, WireFormat.WIRETYPE_LENGTH_DELIMITED);
	private static final int LABELS = ProtoReader.tag(11, WireFormat.WIRETYPE_LENGTH_DELIMITED);
	private static final int TIME_SECONDS = ProtoReader.tag(1, WireFormat.WIRETYPE_VARINT);
	private static final int MAP_KEY = ProtoReader.tag(1, WireFormat.WIRETYPE_LENGTH_DELIMITED);
	private static final int MAP_VALUE = ProtoReader.tag(2, WireFormat.WIRETYPE_LENGTH_DELIMITED);

	private ProtoMetadata() {
	}

	/** Reads an embedded ObjectMeta: its length, then its fields. */
	static ItemMetadata read(CodedInputStream in) throws IOException {
		int limit = in.pushLimit(in.readRawVarint32());
		String name = "";
		String namespace = "";
		String uid = "";
		Long created = null;
		boolean deleting = false;
		List<Map.Entry<String, String>> labels = null;
		for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
			if (tag == NAME) {
				name = in.readString();
			} else if (tag == NAMESPACE) {
				namespace = in.readString();
			} else if (tag == UID) {
				uid = in.readString();
			} else if (tag == CREATED) {
				created = seconds(in);
			} else if (tag == DELETED) {
				deleting = seconds(in) != null;
			} else if (tag == LABELS) {
				if (labels == null) {
					labels = new ArrayList<>();
				}
				labels.add(entry(in));
			} else {
				in.skipField(tag);
			}
		}
		in.popLimit(limit);
		return new ItemMetadata(name, namespace.isEmpty() ? null : SharedValues.text(namespace), uid,
				created == null ? null : Instant.ofEpochSecond(created), SharedValues.labels(labels), deleting);
	}

	/**
	 * A metav1.Time's seconds (1), or null for a zero time: it is written as an empty message, which the JSON form
	 * leaves out (null).
	 */
	private static Long seconds(CodedInputStream in) throws IOException {
		int limit = in.pushLimit(in.readRawVarint32());
		Long seconds = null;
		for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
			if (tag == TIME_SECONDS) {
				seconds = in.readInt64();
			} else {
				in.skipField(tag);
			}
		}
		in.popLimit(limit);
		return seconds;
	}

	/** One entry of a map&lt;string, string&gt;: key 1, value 2. */
	private static Map.Entry<String, String> entry(CodedInputStream in) throws IOException {
		int limit = in.pushLimit(in.readRawVarint32());
		String key = "";
		String value = "";
		for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
			if (tag == MAP_KEY) {
				key = in.readString();
			} else if (tag == MAP_VALUE) {
				value = in.readString();
			} else {
				in.skipField(tag);
			}
		}
		in.popLimit(limit);
		return Map.entry(key, value);
	}
}
