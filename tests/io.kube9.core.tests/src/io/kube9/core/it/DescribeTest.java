package io.kube9.core.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.kube9.core.Backend;
import io.kube9.core.Kube9Core;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourceRef;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.DemoSeed;
import io.kube9.tests.cluster.SeededPod;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;

/** Describe from the API: what kubectl describe would say, through both backends. */
@WithTestCluster
class DescribeTest {

	@Test
	void theCrashLoopingPodShowsItsOwnerContainerStateAndWarningEvents(TestCluster cluster) throws Exception {
		SeededPod crashing = DemoSeed.crashLoopPod(cluster);
		for (Backend backend : Backend.values()) {
			try (Kube9Core engine = Kube9Core.create(Engines.settings(cluster.kubeconfigs().all()).withBackend(backend)
					.withKubectlFallback(false))) {
				String text = engine.describe().describe(
						new ResourceRef(Contexts.ADMIN, ResourceKinds.PODS, crashing.namespace(), crashing.name()));

				assertTrue(text.startsWith("Name:             " + crashing.name() + "\n"), text);
				assertTrue(text.contains("Controlled By:    ReplicaSet/" + crashing.ownerName()), text);
				assertTrue(text.contains("Containers:\n  worker:\n"), text);
				assertTrue(text.contains("Last State: Terminated: ") && text.contains("exit code 1"), text);
				assertTrue(text.contains("Conditions:\n"), text);
				assertTrue(text.contains("Events (newest first):\n  [Normal] "), text);
				assertTrue(text.contains("  Scheduled  "), "the scheduler's event: " + text);
			}
		}
	}

	@Test
	void thePendingPodShowsTheSchedulersWarning(TestCluster cluster) throws Exception {
		SeededPod pending = DemoSeed.pendingPod(cluster);
		try (Kube9Core engine = Engines.on(cluster.kubeconfigs().all())) {
			String text = engine.describe()
					.describe(new ResourceRef(Contexts.ADMIN, ResourceKinds.PODS, pending.namespace(), pending.name()));
			assertTrue(text.contains("Status:           Pending"), text);
			assertTrue(text.contains("[Warning] ") && text.contains("FailedScheduling"), text);
		}
	}

	@Test
	void aDeploymentShowsItsReplicas(TestCluster cluster) throws Exception {
		try (Kube9Core engine = Engines.on(cluster.kubeconfigs().all())) {
			String text = engine.describe()
					.describe(new ResourceRef(Contexts.ADMIN, ResourceKinds.DEPLOYMENTS, "default", "web"));
			assertTrue(text.contains("Replicas:         3 desired, 3 ready, 3 available"), text);
			assertTrue(text.contains("Kind:             Deployment"), text);
		}
	}
}
