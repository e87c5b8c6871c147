package io.kube9.tests.cluster.selftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.DemoSeed;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodList;

/** limit/continue paging works as on a real cluster (a mock server ignores it). */
@WithTestCluster
class PagingTest {

	@Test
	void continueTokenFetchesTheNextPage(TestCluster cluster) throws Exception {
		CoreV1Api core = new CoreV1Api(cluster.client(Contexts.VIEWER));
		int total = DemoSeed.count("Pod");

		V1PodList first = core.listPodForAllNamespaces().limit(2).execute();
		String token = first.getMetadata().getContinue();
		V1PodList second = core.listPodForAllNamespaces().limit(2)._continue(token).execute();

		assertEquals(2, first.getItems().size());
		assertNotNull(token);
		assertEquals(total - 2, first.getMetadata().getRemainingItemCount().intValue());
		assertEquals(2, second.getItems().size());
		Set<String> firstNames = keys(first.getItems());
		assertTrue(Collections.disjoint(firstNames, keys(second.getItems())), "pages overlap");
	}

	@Test
	void walkingAllPagesYieldsEverySeededPodOnce(TestCluster cluster) throws Exception {
		CoreV1Api core = new CoreV1Api(cluster.client(Contexts.VIEWER));
		List<V1Pod> all = new ArrayList<>();
		String token = null;
		int pages = 0;
		do {
			V1PodList page = core.listPodForAllNamespaces().limit(4)._continue(token).execute();
			all.addAll(page.getItems());
			token = page.getMetadata().getContinue();
			pages++;
		} while (token != null && !token.isEmpty() && pages < 100);

		assertEquals(DemoSeed.count("Pod"), all.size(), "no duplicates, nothing missing");
		assertEquals(new TreeSet<>(DemoSeed.podKeys(cluster, null)), keys(all));
		assertEquals((DemoSeed.count("Pod") + 3) / 4, pages);
		assertNull(emptyToNull(token));
	}

	private static Set<String> keys(List<V1Pod> pods) {
		return pods.stream().map(pod -> pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName())
				.collect(Collectors.toCollection(TreeSet::new));
	}

	private static String emptyToNull(String token) {
		return token == null || token.isEmpty() ? null : token;
	}
}
