package io.kube9.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.kube9.core.Kube9Core;
import io.kube9.core.errors.KubeException;
import io.kube9.core.resources.ResourceItem;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourcePage;
import io.kube9.core.resources.ResourceQuery;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.DemoSeed;
import io.kube9.tests.cluster.SharedTestCluster;

/** Pages of a real listing: limit, continue tokens, label selectors. */
class PaginationTest {

	private static Kube9Core engine;

	@BeforeAll
	static void start() {
		engine = Engines.on(SharedTestCluster.get().kubeconfigs().all());
	}

	@AfterAll
	static void stop() {
		engine.close();
	}

	@Test
	void walksEveryPageOfTwo() throws KubeException {
		ResourceQuery query = ResourceQuery.of(Contexts.ADMIN, ResourceKinds.PODS).withLimit(2);
		List<String> seen = new ArrayList<>();
		ResourcePage page = engine.resources().list(query);
		int pages = 1;
		assertEquals(2, page.items().size());
		assertTrue(page.hasMore());
		assertEquals(DemoSeed.count("Pod") - 2, page.remainingCount());
		page.items().forEach(item -> seen.add(item.namespace() + "/" + item.name()));
		while (page.hasMore()) {
			page = engine.resources().list(query.continuing(page.continueToken()));
			page.items().forEach(item -> seen.add(item.namespace() + "/" + item.name()));
			pages++;
		}
		assertEquals(DemoSeed.podKeys(SharedTestCluster.get(), null).stream().sorted().toList(),
				seen.stream().sorted().toList());
		assertEquals((DemoSeed.count("Pod") + 1) / 2, pages);
		assertEquals(seen.size(), new HashSet<>(seen).size(), "no item twice");
	}

	@Test
	void filtersByLabel() throws KubeException {
		Set<String> withLabel = new HashSet<>();
		for (ResourceItem pod : engine.resources().list(ResourceQuery.of(Contexts.ADMIN, ResourceKinds.PODS)).items()) {
			if (!pod.labels().isEmpty()) {
				String key = pod.labels().keySet().iterator().next();
				String selector = key + "=" + pod.labels().get(key);
				for (ResourceItem match : engine.resources()
						.list(ResourceQuery.of(Contexts.ADMIN, ResourceKinds.PODS).withLabels(selector)).items()) {
					assertEquals(pod.labels().get(key), match.labels().get(key));
					withLabel.add(match.name());
				}
				break;
			}
		}
		assertFalse(withLabel.isEmpty());
	}
}
