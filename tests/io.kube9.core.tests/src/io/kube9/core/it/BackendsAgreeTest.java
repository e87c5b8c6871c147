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

	private static final int ATTEMPTS = 10;

	@ParameterizedTest
	@ValueSource(strings = { "pods", "nodes", "namespaces", "deployments.apps", "services", "configmaps",
			"applications.argoproj.io" })
	void sameItemsThroughBothBackends(String kindId) throws KubeException {
		TestCluster cluster = SharedTestCluster.get();
		var kind = ResourceKinds.byId(kindId).orElseThrow();
		try (Kube9Core api = Engines.on(cluster.kubeconfigs().all());
				Kube9Core kubectl = Kube9Core
						.create(Engines.settings(cluster.kubeconfigs().all()).withBackend(Backend.KUBECTL))) {
			// The crash-looping pod changes every few seconds: compare a kubectl read with API reads taken just
			// before and after it that agree with each other, so that nothing changed in between.
			ResourceQuery query = ResourceQuery.of(Contexts.ADMIN, kind);
			long kubectlReads = 0;
			for (int attempt = 1;; attempt++) {
				ResourcePage before = api.resources().refresh(query);
				ResourcePage viaKubectl = kubectl.resources().refresh(query);
				kubectlReads++;
				ResourcePage after = api.resources().refresh(query);
				assertEquals("api-client", before.backend());
				assertEquals("kubectl", viaKubectl.backend());
				assertTrue(!before.items().isEmpty());
				boolean stable = summaries(before.items()).equals(summaries(after.items()));
				if (stable || attempt == ATTEMPTS) {
					assertTrue(stable, "the cluster kept changing during " + ATTEMPTS + " attempts");
					assertEquals(summaries(before.items()), summaries(viaKubectl.items()));
					break;
				}
			}
			assertEquals(Map.of("kubectl", kubectlReads), kubectl.resources().backendRequests());
		}
	}

	private static List<String> summaries(List<ResourceItem> items) {
		return items.stream().map(i -> i.namespace() + "/" + i.name() + " " + i.status() + " " + i.health() + " "
				+ i.labels() + " " + i.uid()).sorted().toList();
	}
}
