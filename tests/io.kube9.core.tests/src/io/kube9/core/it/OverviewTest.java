package io.kube9.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.kube9.core.Kube9Core;
import io.kube9.core.resources.Overview;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.DemoSeed;
import io.kube9.tests.cluster.SharedTestCluster;

/** Nodes, namespaces and pods of a cluster in one parallel fetch. */
class OverviewTest {

	@Test
	void fetchesNodesNamespacesAndPodsAtOnce() throws Exception {
		try (Kube9Core engine = Engines.on(SharedTestCluster.get().kubeconfigs().all())) {
			Overview all = engine.resources().overview(Contexts.ADMIN, null);
			assertEquals(DemoSeed.nodes().size(), all.nodes().items().size());
			assertTrue(all.namespaces().items().size() >= DemoSeed.namespaces().size());
			assertEquals(DemoSeed.count("Pod"), all.pods().items().size());

			Overview teamA = engine.resources().overview(Contexts.ADMIN, Contexts.RESTRICTED_NAMESPACE);
			assertEquals(DemoSeed.countsByNamespace("Pod").get(Contexts.RESTRICTED_NAMESPACE).intValue(),
					teamA.pods().items().size());
		}
	}
}
