package io.kube9.core.internal.source;

import java.io.IOException;
import java.time.Instant;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;

import io.kube9.core.internal.source.ProtoShape.Field;

/**
 * Reads a protobuf message into the JSON object its JSON form would give, keeping only the fields of a
 * {@link ProtoShape}: the rest (managed fields, pod specs, images) is skipped without being decoded. A field whose
 * wire type is not the one the shape expects is skipped too.
 */
final class ProtoReader {

	private static final int TIME_SECONDS = tag(1, WireFormat.WIRETYPE_VARINT);
	private static final int MAP_KEY = tag(1, WireFormat.WIRETYPE_LENGTH_DELIMITED);
	private static final int MAP_VALUE = tag(2, WireFormat.WIRETYPE_LENGTH_DELIMITED);

	private ProtoReader() {
	}

	/** Reads up to the stream's current limit (the end of the enclosing message). */
	static JsonObject read(CodedInputStream in, ProtoShape shape) throws IOException {
		JsonObject object = new JsonObject();
		for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
			Field field = shape.field(WireFormat.getTagFieldNumber(tag));
			if (field == null || WireFormat.getTagWireType(tag) != wireType(field)) {
				in.skipField(tag);
				continue;
			}
			switch (field.type()) {
			case TEXT -> put(object, field, in.readString());
			case BOOLEAN -> object.addProperty(field.name(), in.readBool());
			case INTEGER -> object.addProperty(field.name(), in.readInt64());
			case TIME -> {
				String time = time(in);
				if (time != null) {
					object.addProperty(field.name(), time);
				}
			}
			case TEXT_MAP -> entry(in, object, field.name());
			case MESSAGE -> put(object, field, nested(in, field.shape()));
			default -> in.skipField(tag);
			}
		}
		return object;
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

	/** A zero time is written as an empty message, which the JSON form leaves out (null): so does this. */
	private static String time(CodedInputStream in) throws IOException {
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
		// Instant's text is RFC 3339 in UTC, as the JSON form writes it (whole seconds on both).
		return seconds == null ? null : Instant.ofEpochSecond(seconds).toString();
	}

	private static void entry(CodedInputStream in, JsonObject object, String name) throws IOException {
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
		JsonObject map = object.has(name) ? object.getAsJsonObject(name) : null;
		if (map == null) {
			map = new JsonObject();
			object.add(name, map);
		}
		map.addProperty(key, value);
	}
}
