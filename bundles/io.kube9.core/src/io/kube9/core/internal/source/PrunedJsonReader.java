package io.kube9.core.internal.source;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonReader;

/**
 * Reads a JSON value from a stream while skipping the subtrees a listing never shows (managedFields, pod
 * templates, schemas), so that thousands of items cost little memory. Paths are dotted member names, with
 * {@code []} for array elements: {@code spec.versions[].schema}.
 */
final class PrunedJsonReader {

	private PrunedJsonReader() {
	}

	static JsonElement read(JsonReader in, String path, Set<String> skipped) throws IOException {
		switch (in.peek()) {
		case BEGIN_OBJECT:
			JsonObject object = new JsonObject();
			in.beginObject();
			while (in.hasNext()) {
				String name = in.nextName();
				String child = path.isEmpty() ? name : path + "." + name;
				if (skipped.contains(child)) {
					in.skipValue();
				} else {
					object.add(name, read(in, child, skipped));
				}
			}
			in.endObject();
			return object;
		case BEGIN_ARRAY:
			JsonArray array = new JsonArray();
			in.beginArray();
			while (in.hasNext()) {
				array.add(read(in, path + "[]", skipped));
			}
			in.endArray();
			return array;
		case STRING:
			return new JsonPrimitive(in.nextString());
		case NUMBER:
			return new JsonPrimitive(number(in.nextString()));
		case BOOLEAN:
			return new JsonPrimitive(in.nextBoolean());
		case NULL:
			in.nextNull();
			return JsonNull.INSTANCE;
		default:
			throw new IOException("unexpected " + in.peek() + " at " + in.getPath());
		}
	}

	private static Number number(String text) {
		try {
			return Long.valueOf(text);
		} catch (NumberFormatException notLong) {
			return new BigDecimal(text);
		}
	}
}
