package io.kube9.core.internal.describe;

import java.util.Comparator;
import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Events as the description lists them: newest first, one line each, warnings marked. */
final class EventLines {

	/** One event: when it last happened, whether it is a warning, why, what it says, how often. */
	record Event(String time, boolean warning, String reason, String message, int count, String source) {
	}

	private EventLines() {
	}

	static List<Event> newestFirst(List<JsonObject> events) {
		return events.stream().map(EventLines::event).sorted(Comparator.comparing(Event::time).reversed()).toList();
	}

	private static Event event(JsonObject event) {
		String time = first(text(event, "lastTimestamp"), text(event, "eventTime"), //$NON-NLS-1$ //$NON-NLS-2$
				text(object(event, "metadata"), "creationTimestamp")); //$NON-NLS-1$ //$NON-NLS-2$
		JsonElement count = event.get("count"); //$NON-NLS-1$
		return new Event(time, "Warning".equals(text(event, "type")), text(event, "reason"), text(event, "message"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				count != null && count.isJsonPrimitive() ? count.getAsInt() : 1,
				first(text(object(event, "source"), "component"), text(event, "reportingComponent"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static String first(String... values) {
		for (String value : values) {
			if (!value.isEmpty()) {
				return value;
			}
		}
		return ""; //$NON-NLS-1$
	}

	private static JsonObject object(JsonObject parent, String key) {
		JsonElement value = parent.get(key);
		return value != null && value.isJsonObject() ? value.getAsJsonObject() : new JsonObject();
	}

	private static String text(JsonObject parent, String key) {
		JsonElement value = parent.get(key);
		return value != null && value.isJsonPrimitive() ? value.getAsString() : ""; //$NON-NLS-1$
	}
}
