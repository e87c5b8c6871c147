package io.kube9.core.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import io.kube9.core.Backend;
import io.kube9.core.Kube9Core;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourceRef;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.DemoSeed;
import io.kube9.tests.cluster.SeededPod;
import io.kube9.tests.cluster.TemporaryNamespace;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.CoreV1Event;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1ObjectReference;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodSpec;

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

	/** A StatefulSet's pod comes back under its old name: the events of its earlier life are not its own. */
	@Test
	void aPodRecreatedUnderItsNameShowsOnlyItsOwnEvents(TestCluster cluster) throws Exception {
		try (TemporaryNamespace namespace = cluster.temporaryNamespace("describe");
				Kube9Core engine = Engines.on(cluster.kubeconfigs().all())) {
			CoreV1Api core = new CoreV1Api(cluster.adminClient());
			V1Pod pod = core.createNamespacedPod(namespace.name(), new V1Pod()
					.metadata(new V1ObjectMeta().name("web-0").namespace(namespace.name()))
					.spec(new V1PodSpec().overhead(null).addContainersItem(new V1Container().name("app").image("busybox:1.37"))))
					.execute();
			core.createNamespacedEvent(namespace.name(), event(namespace.name(), "web-0.earlier", "EarlierLife",
					"00000000-0000-0000-0000-000000000001")).execute();
			core.createNamespacedEvent(namespace.name(),
					event(namespace.name(), "web-0.this", "ThisLife", pod.getMetadata().getUid())).execute();

			String text = engine.describe()
					.describe(new ResourceRef(Contexts.ADMIN, ResourceKinds.PODS, namespace.name(), "web-0"));

			assertTrue(text.contains("  ThisLife  "), text);
			assertFalse(text.contains("EarlierLife"), text);
		}
	}

	private static CoreV1Event event(String namespace, String name, String reason, String uid) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		return new CoreV1Event().metadata(new V1ObjectMeta().name(name).namespace(namespace))
				.involvedObject(new V1ObjectReference().kind("Pod").name("web-0").namespace(namespace).uid(uid))
				.type("Normal").reason(reason).message(reason).count(1).firstTimestamp(now).lastTimestamp(now);
	}
}
