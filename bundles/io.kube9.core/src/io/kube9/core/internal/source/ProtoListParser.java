package io.kube9.core.internal.source;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.google.gson.JsonObject;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;

import io.kube9.core.resources.ResourceItem;
import io.kube9.core.resources.ResourceKind;
import io.kube9.core.resources.ResourcePage;

/**
 * Turns a Kubernetes list in its protobuf form ({@code application/vnd.kubernetes.protobuf}) into a page of items,
 * streaming, one item at a time, as {@link ListParser} does with JSON: the body is the magic "k8s\0", then a
 * runtime.Unknown whose {@code raw} (2) is the list: ListMeta (1), items (2), each with its ObjectMeta (1).
 */
public final class ProtoListParser {

	private static final byte[] MAGIC = { 'k', '8', 's', 0 };
	private static final int UNKNOWN_RAW = ProtoReader.tag(2, WireFormat.WIRETYPE_LENGTH_DELIMITED);
	private static final int LIST_METADATA = ProtoReader.tag(1, WireFormat.WIRETYPE_LENGTH_DELIMITED);
	private static final int LIST_ITEM = ProtoReader.tag(2, WireFormat.WIRETYPE_LENGTH_DELIMITED);
	private static final int ITEM_METADATA = ProtoReader.tag(1, WireFormat.WIRETYPE_LENGTH_DELIMITED);
	private static final int BUFFER_BYTES = 64 * 1024;

	private ProtoListParser() {
	}

	/** Whether this kind's items can be read from protobuf here. */
	public static boolean reads(ResourceKind kind) {
		return ProtoShapes.item(kind) != null;
	}

	public static ResourcePage parse(ResourceKind kind, InputStream body, String backend) throws IOException {
		ProtoShape shape = ProtoShapes.item(kind);
		if (shape == null) {
			throw new IOException("no protobuf shape for " + kind.id());
		}
		if (!Arrays.equals(MAGIC, body.readNBytes(MAGIC.length))) {
			throw new IOException("not a Kubernetes protobuf document");
		}
		CodedInputStream in = CodedInputStream.newInstance(body, BUFFER_BYTES);
		in.setSizeLimit(Integer.MAX_VALUE);
		List<ResourceItem> items = new ArrayList<>();
		JsonObject metadata = new JsonObject();
		for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
			if (tag != UNKNOWN_RAW) {
				in.skipField(tag);
				continue;
			}
			int limit = in.pushLimit(in.readRawVarint32());
			for (int field = in.readTag(); field != 0; field = in.readTag()) {
				if (field == LIST_ITEM) {
					items.add(item(in, kind, shape));
				} else if (field == LIST_METADATA) {
					metadata = ProtoReader.nested(in, ProtoShapes.LIST_META);
				} else {
					in.skipField(field);
				}
			}
			in.popLimit(limit);
		}
		long remaining = metadata.has("remainingItemCount") ? metadata.get("remainingItemCount").getAsLong() : -1;
		return new ResourcePage(items, Json.text(metadata, "continue"), remaining, Instant.now(), backend, null,
				Json.text(metadata, "resourceVersion"));
	}

	/** One item: its metadata straight into {@link ItemMetadata}, the rest of its shape into a JSON object. */
	private static ResourceItem item(CodedInputStream in, ResourceKind kind, ProtoShape shape) throws IOException {
		int limit = in.pushLimit(in.readRawVarint32());
		JsonObject object = new JsonObject();
		ItemMetadata metadata = null;
		for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
			if (tag == ITEM_METADATA) {
				metadata = ProtoMetadata.read(in);
			} else {
				ProtoReader.field(in, object, shape, tag);
			}
		}
		in.popLimit(limit);
		return ItemSummaries.summarize(kind, object, metadata != null ? metadata : ItemMetadata.of(object));
	}
}
