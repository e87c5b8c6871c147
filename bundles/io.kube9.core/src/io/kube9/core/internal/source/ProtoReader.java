package io.kube9.core.internal.source;

import java.io.IOException;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;

import io.kube9.core.internal.source.ProtoShape.Field;

/**
 * Reads a protobuf message into the JSON object its JSON form would give, keeping only the fields of a
 * {@link ProtoShape}: the rest (pod specs, images) is skipped without being decoded. A field whose wire type is not
 * the one the shape expects is skipped too. Items' metadata is read by {@link ProtoMetadata}.
 */
final class ProtoReader {

	private ProtoReader() {
	}

	/** Reads up to the stream's current limit (the end of the enclosing message). */
	static JsonObject read(CodedInputStream in, ProtoShape shape) throws IOException {
		JsonObject object = new JsonObject();
		for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
			field(in, object, shape, tag);
		}
		return object;
	}

	/** Reads the field whose tag was just read into {@code object}, or skips it when the shape does not keep it. */
	static void field(CodedInputStream in, JsonObject object, ProtoShape shape, int tag) throws IOException {
		Field field = shape.field(WireFormat.getTagFieldNumber(tag));
		if (field == null || WireFormat.getTagWireType(tag) != wireType(field)) {
			in.skipField(tag);
			return;
		}
		switch (field.type()) {
		case TEXT -> put(object, field, in.readString());
		case BOOLEAN -> object.addProperty(field.name(), in.readBool());
		case INTEGER -> object.addProperty(field.name(), in.readInt64());
		case MESSAGE -> put(object, field, nested(in, field.shape()));
		}
	}

	/** A field's tag: its number and wire type, as they precede it on the wire. */
	static int tag(int number, int wireType) {
		return number << 3 | wireType;
	}

	private static int wireType(Field field) {
		return switch (field.type()) {
		case BOOLEAN, INTEGER -> WireFormat.WIRETYPE_VARINT;
		default -> WireFormat.WIRETYPE_LENGTH_DELIMITED;
		};
	}

	private static void put(JsonObject object, Field field, String value) {
		put(object, field, new JsonPrimitive(value));
	}

	private static void put(JsonObject object, Field field, JsonElement element) {
		if (!field.repeated()) {
			object.add(field.name(), element);
			return;
		}
		JsonArray array = object.has(field.name()) ? object.getAsJsonArray(field.name()) : null;
		if (array == null) {
			array = new JsonArray();
			object.add(field.name(), array);
		}
		array.add(element);
	}

	/** Reads an embedded message: its length, then its fields. */
	static JsonObject nested(CodedInputStream in, ProtoShape shape) throws IOException {
		int limit = in.pushLimit(in.readRawVarint32());
		JsonObject object = read(in, shape);
		in.popLimit(limit);
		return object;
	}
}
