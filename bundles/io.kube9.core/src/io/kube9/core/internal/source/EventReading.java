package io.kube9.core.internal.source;

import java.time.Instant;

import com.google.gson.JsonObject;

import io.kube9.core.resources.EventFacts;

/** What a core/v1 Event says, read from its fields; the same for the API client's and kubectl's JSON. */
public final class EventReading {

	private EventReading() {
	}

	public static EventFacts facts(JsonObject event) {
		Instant lastSeen = latest(latest(Rfc3339.parse(Json.text(event, "series.lastObservedTime")),
				Rfc3339.parse(Json.text(event, "lastTimestamp"))), Rfc3339.parse(Json.text(event, "eventTime")));
		if (lastSeen == null) {
			lastSeen = Rfc3339.parse(Json.text(event, "metadata.creationTimestamp"));
		}
		long count = Json.number(event, "series.count", 0);
		if (count <= 0) {
			count = Json.number(event, "count", 1);
		}
		String kind = Json.text(event, "involvedObject.kind");
		String name = Json.text(event, "involvedObject.name");
		if (kind.isEmpty() && name.isEmpty()) {
			kind = Json.text(event, "regarding.kind");
			name = Json.text(event, "regarding.name");
		}
		String message = Json.text(event, "message");
		if (message.isEmpty()) {
			message = Json.text(event, "note");
		}
		return new EventFacts(lastSeen, "Warning".equals(Json.text(event, "type")), Json.text(event, "reason"), kind,
				name, message, count);
	}

	private static Instant latest(Instant first, Instant second) {
		if (first == null) {
			return second;
		}
		return second == null || first.isAfter(second) ? first : second;
	}
}
