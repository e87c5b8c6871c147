package io.kube9.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.kube9.core.Backend;
import io.kube9.core.Kube9Core;
import io.kube9.core.errors.KubeException;
import io.kube9.core.resources.ResourceItem;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourcePage;
import io.kube9.core.resources.ResourceQuery;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.SharedTestCluster;
import io.kube9.tests.cluster.TestCluster;

/** The API client and kubectl give the same items, with the same summaries, on the real cluster. */
class BackendsAgreeTest {

	@ParameterizedTest
	@ValueSource(strings = { "pods", "nodes", "namespaces", "deployments.apps", "services", "configmaps",
			"applications.argoproj.io" })
	void sameItemsThroughBothBackends(String kindId) throws KubeException {
		TestCluster cluster = SharedTestCluster.get();
		var kind = ResourceKinds.byId(kindId).orElseThrow();
		try (Kube9Core api = Engines.on(cluster.kubeconfigs().all());
				Kube9Core kubectl = Kube9Core
						.create(Engines.settings(cluster.kubeconfigs().all()).withBackend(Backend.KUBECTL))) {
			ResourcePage viaApi = api.resources().list(ResourceQuery.of(Contexts.ADMIN, kind));
			ResourcePage viaKubectl = kubectl.resources().list(ResourceQuery.of(Contexts.ADMIN, kind));
			assertEquals("api-client", viaApi.backend());
			assertEquals("kubectl", viaKubectl.backend());
			assertTrue(!viaApi.items().isEmpty());
			assertEquals(summaries(viaApi.items()), summaries(viaKubectl.items()));
			assertEquals(Map.of("kubectl", 1L), kubectl.resources().backendRequests());
		}
	}

	private static List<String> summaries(List<ResourceItem> items) {
		return items.stream().map(i -> i.namespace() + "/" + i.name() + " " + i.status() + " " + i.health() + " "
				+ i.labels() + " " + i.uid()).sorted().toList();
	}
}
