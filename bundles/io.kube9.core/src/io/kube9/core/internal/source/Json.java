package io.kube9.core.internal.source;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Null-safe navigation of parsed Kubernetes objects. */
public final class Json {

	private Json() {
	}

	/**
	 * The member at a dotted path, or null. Walked in place, with no split of the path: listings call this a few
	 * times per item.
	 */
	public static JsonElement at(JsonObject object, String path) {
		JsonElement current = object;
		int start = 0;
		while (true) {
			if (current == null || !current.isJsonObject()) {
				return null;
			}
			int dot = path.indexOf('.', start);
			String part = dot < 0 ? path.substring(start) : path.substring(start, dot);
			current = current.getAsJsonObject().get(part);
			if (dot < 0) {
				return current == null || current.isJsonNull() ? null : current;
			}
			start = dot + 1;
		}
	}

	public static JsonObject object(JsonObject object, String path) {
		JsonElement value = at(object, path);
		return value != null && value.isJsonObject() ? value.getAsJsonObject() : null;
	}

	public static JsonArray array(JsonObject object, String path) {
		JsonElement value = at(object, path);
		return value != null && value.isJsonArray() ? value.getAsJsonArray() : new JsonArray();
	}

	/** Text at a path, or empty. */
	public static String text(JsonObject object, String path) {
		JsonElement value = at(object, path);
		return value != null && value.isJsonPrimitive() ? value.getAsString() : "";
	}

	public static long number(JsonObject object, String path, long fallback) {
		JsonElement value = at(object, path);
		if (value == null || !value.isJsonPrimitive()) {
			return fallback;
		}
		try {
			return value.getAsLong();
		} catch (NumberFormatException e) {
			return fallback;
		}
	}

	public static boolean bool(JsonObject object, String path) {
		JsonElement value = at(object, path);
		return value != null && value.isJsonPrimitive() && value.getAsBoolean();
	}
}
