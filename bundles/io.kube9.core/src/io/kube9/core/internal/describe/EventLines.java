package io.kube9.core.internal.describe;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import com.google.gson.JsonObject;

import io.kube9.core.internal.source.EventReading;
import io.kube9.core.internal.source.Json;
import io.kube9.core.resources.EventFacts;

/**
 * Events as the description lists them: newest first by when each last happened, read as the Events item reads
 * them (so both agree on series, MicroTime and counts), one line each, warnings marked.
 */
final class EventLines {

	/** One event: what it says and which component reported it. */
	record Event(EventFacts facts, String source) {

		/** When it last happened (RFC 3339), or empty when it carries no time. */
		String time() {
			Instant lastSeen = facts.lastSeen();
			return lastSeen == null ? "" : lastSeen.toString(); //$NON-NLS-1$
		}
	}

	private static final Comparator<Event> NEWEST_FIRST = Comparator.comparing(
			(Event event) -> event.facts().lastSeen(), Comparator.nullsLast(Comparator.<Instant>reverseOrder()));

	private EventLines() {
	}

	static List<Event> newestFirst(List<JsonObject> events) {
		return events.stream().map(EventLines::event).sorted(NEWEST_FIRST).toList();
	}

	private static Event event(JsonObject event) {
		String source = Json.text(event, "source.component"); //$NON-NLS-1$
		return new Event(EventReading.facts(event),
				source.isEmpty() ? Json.text(event, "reportingComponent") : source); //$NON-NLS-1$
	}
}
