package io.kube9.core.internal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.kube9.core.resources.ResourceItem;
import io.kube9.core.resources.ResourceKinds;

/** Listed items keep one copy of what they repeat, across listings too (a watch event's item is listed alone). */
class SharedValuesTest {

	private static final String PODS = """
			{"items":[
			 {"metadata":{"name":"web-1","namespace":"shop","uid":"u1","labels":{"app":"web","tier":"front"}},
			  "status":{"phase":"Running","containerStatuses":[{"ready":true,"restartCount":0}]}},
			 {"metadata":{"name":"web-2","namespace":"shop","uid":"u2","labels":{"app":"web","tier":"front"}},
			  "status":{"phase":"Running","containerStatuses":[{"ready":true,"restartCount":0}]}},
			 {"metadata":{"name":"db-1","namespace":"shop","uid":"u3","labels":{"app":"db","tier":"back"}},
			  "status":{"phase":"Running","containerStatuses":[{"ready":true,"restartCount":0}]}},
			 {"metadata":{"name":"bare","uid":"u4"},"status":{"phase":"Pending"}}
			]}""";

	@Test
	void itemsShareTheirNamespaceLabelsAndStatus() throws IOException {
		List<ResourceItem> items = parse();
		ResourceItem first = items.get(0);
		ResourceItem second = items.get(1);
		assertEquals("shop", first.namespace());
		assertSame(first.namespace(), second.namespace());
		assertEquals(Map.of("app", "web", "tier", "front"), first.labels());
		assertSame(first.labels(), second.labels());
		assertEquals("Running 1/1", first.status());
		assertSame(first.status(), second.status());
		assertEquals("web-2", second.name());
		assertEquals("u2", second.uid());
	}

	@Test
	void otherLabelsStayTheirOwnButShareTheirTexts() throws IOException {
		List<ResourceItem> items = parse();
		ResourceItem web = items.get(0);
		ResourceItem db = items.get(2);
		assertNotEquals(web.labels(), db.labels());
		assertEquals(Map.of("app", "db", "tier", "back"), db.labels());
		String appOfWeb = web.labels().keySet().stream().filter("app"::equals).findFirst().orElseThrow();
		String appOfDb = db.labels().keySet().stream().filter("app"::equals).findFirst().orElseThrow();
		assertSame(appOfWeb, appOfDb);
		assertSame(web.namespace(), db.namespace());
	}

	@Test
	void anotherListingSharesTheSameCopies() throws IOException {
		ResourceItem once = parse().get(0);
		ResourceItem again = parse().get(0);
		assertEquals(once, again);
		assertSame(once.labels(), again.labels());
		assertSame(once.namespace(), again.namespace());
	}

	@Test
	void aClusterScopedOrUnlabelledItemKeepsNoneOfThem() throws IOException {
		ResourceItem bare = parse().get(3);
		assertNull(bare.namespace());
		assertEquals(Map.of(), bare.labels());
		assertEquals("Pending", bare.status());
	}

	private static List<ResourceItem> parse() throws IOException {
		return ListParser.parse(ResourceKinds.PODS, new StringReader(PODS), "test").items();
	}
}
