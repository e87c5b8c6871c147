package io.kube9.core.internal.source;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import com.google.gson.JsonObject;

import io.kube9.core.resources.EventFacts;

/** What a core/v1 Event says, read from its fields; the same for the API client's and kubectl's JSON. */
public final class EventReading {

	private EventReading() {
	}

	public static EventFacts facts(JsonObject event) {
		Instant lastSeen = latest(latest(instant(Json.text(event, "series.lastObservedTime")),
				instant(Json.text(event, "lastTimestamp"))), instant(Json.text(event, "eventTime")));
		if (lastSeen == null) {
			lastSeen = instant(Json.text(event, "metadata.creationTimestamp"));
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

	/** RFC 3339 times, with or without fractions (eventTime and series times are MicroTime). */
	private static Instant instant(String text) {
		try {
			return text.isEmpty() ? null : Instant.parse(text);
		} catch (DateTimeParseException e) {
			return null;
		}
	}
}
