package io.kube9.core.internal.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonParser;

/** The describe view lists an object's events as the Events item does: by when each last happened, newest first. */
class EventLinesTest {

	private static final String EVENTS = """
			[{"metadata":{"name":"a.old","creationTimestamp":"2026-11-01T09:00:00Z"},
			  "type":"Normal","reason":"Pulled","lastTimestamp":"2026-11-01T10:00:00Z","count":1},
			 {"metadata":{"name":"b.series","creationTimestamp":"2026-11-01T09:00:00Z"},
			  "type":"Normal","reason":"Scheduled","eventTime":"2026-11-01T09:00:00.000000Z",
			  "series":{"count":4,"lastObservedTime":"2026-11-01T10:30:00.000000Z"}},
			 {"metadata":{"name":"c.micro","creationTimestamp":"2026-11-01T09:00:00Z"},
			  "type":"Normal","reason":"Started","eventTime":"2026-11-01T10:20:00.123456Z"},
			 {"metadata":{"name":"d.second","creationTimestamp":"2026-11-01T09:00:00Z"},
			  "type":"Warning","reason":"BackOff","lastTimestamp":"2026-11-01T10:20:00Z","count":3},
			 {"metadata":{"name":"e.timeless"},"type":"Normal","reason":"Unknown"}]
			""";

	@Test
	void newestFirstByTheLatestTimeEachEventCarries() {
		List<EventLines.Event> events = EventLines.newestFirst(JsonParser.parseString(EVENTS).getAsJsonArray()
				.asList().stream().map(element -> element.getAsJsonObject()).toList());
		assertEquals(List.of("Scheduled", "Started", "BackOff", "Pulled", "Unknown"),
				events.stream().map(event -> event.facts().reason()).toList());
	}

	@Test
	void aSeriesCountsItsOccurrences() {
		List<EventLines.Event> events = EventLines.newestFirst(JsonParser.parseString(EVENTS).getAsJsonArray()
				.asList().stream().map(element -> element.getAsJsonObject()).toList());
		assertEquals(List.of(4L, 1L, 3L, 1L, 1L), events.stream().map(event -> event.facts().count()).toList());
	}
}
