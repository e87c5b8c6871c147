package io.kube9.core.internal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.kube9.core.resources.EventFacts;
import io.kube9.core.resources.EventOrder;
import io.kube9.core.resources.ResourceItem;
import io.kube9.core.resources.ResourceItem.Health;
import io.kube9.core.resources.ResourceKinds;

/** Events read from a listing, and ordered newest first by whichever time each one carries. */
class EventOrderTest {

	private static final String EVENTS = """
			{"kind":"EventList","apiVersion":"v1","metadata":{"resourceVersion":"7"},
			 "items":[
			  {"metadata":{"name":"a.old","namespace":"shop","creationTimestamp":"2026-11-01T09:00:00Z"},
			   "type":"Normal","reason":"Pulled","message":"pulled","lastTimestamp":"2026-11-01T10:00:00Z","count":1,
			   "involvedObject":{"kind":"Pod","name":"web-1"}},
			  {"metadata":{"name":"b.series","namespace":"shop","creationTimestamp":"2026-11-01T09:00:00Z"},
			   "type":"Normal","reason":"Scheduled","eventTime":"2026-11-01T09:00:00.000000Z",
			   "series":{"count":4,"lastObservedTime":"2026-11-01T10:30:00.000000Z"},
			   "involvedObject":{"kind":"Pod","name":"web-2"}},
			  {"metadata":{"name":"c.micro","namespace":"shop","creationTimestamp":"2026-11-01T09:00:00Z"},
			   "type":"Normal","reason":"Started","eventTime":"2026-11-01T10:20:00.123456Z"},
			  {"metadata":{"name":"d.created","namespace":"shop","creationTimestamp":"2026-11-01T10:10:00Z"},
			   "type":"Normal","reason":"Created"},
			  {"metadata":{"name":"e.warning","namespace":"shop","creationTimestamp":"2026-11-01T09:00:00Z"},
			   "type":"Warning","reason":"BackOff","message":"Back-off restarting failed container",
			   "firstTimestamp":"2026-11-01T09:00:00Z","lastTimestamp":"2026-11-01T10:40:00Z","count":3,
			   "involvedObject":{"kind":"Pod","name":"web-1"}},
			  {"metadata":{"name":"f.timeless","namespace":"shop"},"type":"Normal","reason":"Unknown"}
			 ]}
			""";

	@Test
	void newestFirstByTheLatestTimeEachEventCarries() throws IOException {
		List<ResourceItem> items = new ArrayList<>(
				ListParser.parse(ResourceKinds.EVENTS, new StringReader(EVENTS), "test").items());
		Collections.shuffle(items, new java.util.Random(15));
		items.sort(EventOrder.NEWEST_FIRST);
		assertEquals(List.of("e.warning", "b.series", "c.micro", "d.created", "a.old", "f.timeless"),
				items.stream().map(ResourceItem::name).toList());
	}

	@Test
	void readsWhatTheTreeShows() throws IOException {
		List<ResourceItem> items = ListParser.parse(ResourceKinds.EVENTS, new StringReader(EVENTS), "test").items();
		EventFacts warning = items.get(4).event();
		assertTrue(warning.warning());
		assertEquals("BackOff", warning.reason());
		assertEquals("Pod", warning.objectKind());
		assertEquals("web-1", warning.objectName());
		assertEquals("Back-off restarting failed container", warning.message());
		assertEquals(3, warning.count());
		assertEquals(Instant.parse("2026-11-01T10:40:00Z"), warning.lastSeen());
		assertEquals(Health.WARNING, items.get(4).health());

		EventFacts series = items.get(1).event();
		assertFalse(series.warning());
		assertEquals(4, series.count(), "a series counts its occurrences");
		assertEquals(Instant.parse("2026-11-01T10:30:00Z"), series.lastSeen());
		assertEquals(Instant.parse("2026-11-01T10:20:00.123456Z"), items.get(2).event().lastSeen());
		assertEquals(Instant.parse("2026-11-01T10:10:00Z"), items.get(3).event().lastSeen(), "its creation");
		assertNull(items.get(5).event().lastSeen());
		assertEquals(1, items.get(5).event().count());
		assertNull(ListParser.parse(ResourceKinds.PODS, new StringReader("{\"items\":[{\"metadata\":{\"name\":\"p\"}}]}"),
				"test").items().get(0).event(), "only events carry event facts");
	}

	@Test
	void equalTimesKeepOneOrderByName() {
		Instant at = Instant.parse("2026-11-01T10:00:00Z");
		ResourceItem first = event("x.1", at);
		ResourceItem second = event("x.2", at);
		List<ResourceItem> items = new ArrayList<>(List.of(second, first));
		items.sort(EventOrder.NEWEST_FIRST);
		assertEquals(List.of(first, second), items);
	}

	private static ResourceItem event(String name, Instant at) {
		return new ResourceItem(name, "shop", name, at, java.util.Map.of(), "", Health.OK, null,
				new EventFacts(at, false, "Pulled", "Pod", "p", "", 1));
	}
}
