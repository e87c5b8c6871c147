package io.kube9.core.internal.errors;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Reads the message of a Kubernetes Status document, the body of a failed request. */
public final class StatusBody {

	private static final int MAX_LENGTH = 500;

	private StatusBody() {
	}

	public static String message(String body) {
		if (body == null || body.isBlank()) {
			return "";
		}
		try {
			JsonElement parsed = JsonParser.parseString(body);
			if (parsed.isJsonObject()) {
				JsonObject status = parsed.getAsJsonObject();
				if (status.has("message") && status.get("message").isJsonPrimitive()) {
					return Redactor.redact(status.get("message").getAsString());
				}
			}
		} catch (RuntimeException notJson) {
			// Not a Status document (a proxy's HTML page, say): show its start.
		}
		String trimmed = body.strip();
		return Redactor.redact(trimmed.length() > MAX_LENGTH ? trimmed.substring(0, MAX_LENGTH) + "…" : trimmed);
	}
}
