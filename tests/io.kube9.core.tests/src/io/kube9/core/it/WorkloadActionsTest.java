package io.kube9.core.it;

import static io.kube9.core.it.ChangeFixtures.configMap;
import static io.kube9.core.it.ChangeFixtures.create;
import static io.kube9.core.it.ChangeFixtures.deployment;
import static io.kube9.core.it.ChangeFixtures.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.kube9.core.Kube9Core;
import io.kube9.core.changes.Access;
import io.kube9.core.changes.ChangeService;
import io.kube9.core.changes.RolloutResult;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourceRef;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.SharedTestCluster;
import io.kube9.tests.cluster.TemporaryNamespace;
import io.kube9.tests.cluster.TestCluster;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.AppsV1Api;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1Node;

/** Delete, scale, restart, cordon and access reviews on the real cluster. */
class WorkloadActionsTest {

	private TestCluster cluster;
	private TemporaryNamespace namespace;
	private Kube9Core engine;
	private AppsV1Api apps;
	private CoreV1Api core;

	@BeforeEach
	void open() throws Exception {
		cluster = SharedTestCluster.get();
		namespace = cluster.temporaryNamespace("actions");
		engine = Engines.on(cluster.kubeconfigs().all());
		apps = new AppsV1Api(cluster.adminClient());
		core = new CoreV1Api(cluster.adminClient());
	}

	@AfterEach
	void close() throws Exception {
		engine.close();
		namespace.close();
	}

	private ResourceRef deploymentRef(String name) {
		return new ResourceRef(Contexts.ADMIN, ResourceKinds.DEPLOYMENTS, namespace.name(), name);
	}

	@Test
	void deleteRemovesTheObject() throws Exception {
		create(engine, configMap(namespace.name(), "doomed", "x"));
		engine.changes().delete(new ResourceRef(Contexts.ADMIN, ResourceKinds.CONFIGMAPS, namespace.name(), "doomed"));
		ApiException gone = assertThrows(ApiException.class,
				() -> core.readNamespacedConfigMap("doomed", namespace.name()).execute());
		assertEquals(404, gone.getCode());
		KubeException again = assertThrows(KubeException.class, () -> engine.changes()
				.delete(new ResourceRef(Contexts.ADMIN, ResourceKinds.CONFIGMAPS, namespace.name(), "doomed")));
		assertEquals(ErrorKind.NOT_FOUND, again.kind());
	}

	@Test
	void scaleSetsTheReplicasThroughTheSubresource() throws Exception {
		create(engine, deployment(namespace.name(), "web", 1));
		assertEquals(1, engine.changes().replicas(deploymentRef("web")));
		engine.changes().scale(deploymentRef("web"), 3);
		assertEquals(3, apps.readNamespacedDeployment("web", namespace.name()).execute().getSpec().getReplicas());
		assertEquals(3, engine.changes().replicas(deploymentRef("web")));
		KubeException notScalable = assertThrows(KubeException.class, () -> engine.changes()
				.scale(new ResourceRef(Contexts.ADMIN, ResourceKinds.CONFIGMAPS, namespace.name(), "x"), 1));
		assertEquals(ErrorKind.INVALID, notScalable.kind());
	}

	@Test
	void restartRollsEveryPodAndFollowsTheRolloutToTheEnd() throws Exception {
		create(engine, deployment(namespace.name(), "web", 2));
		RolloutResult first = engine.changes().awaitRollout(deploymentRef("web"), ChangeFixtures.DEADLINE, () -> false,
				progress -> { });
		assertTrue(first.complete(), first.message());
		List<String> before = podNames();

		engine.changes().restart(deploymentRef("web"));
		List<String> progress = new ArrayList<>();
		RolloutResult result = engine.changes().awaitRollout(deploymentRef("web"), ChangeFixtures.DEADLINE,
				() -> false, progress::add);

		assertTrue(result.complete(), result.message());
		assertFalse(progress.isEmpty());
		assertNotNull(apps.readNamespacedDeployment("web", namespace.name()).execute().getSpec().getTemplate()
				.getMetadata().getAnnotations().get(ChangeService.RESTARTED_AT));
		eventually("the old pods replaced", () -> {
			List<String> now = podNames();
			return now.size() == 2 && now.stream().noneMatch(before::contains);
		});
	}

	@Test
	void cordonAndUncordonANode() throws Exception {
		V1Node node = core.listNode().labelSelector("kube9-seed=demo").execute().getItems().get(0);
		ResourceRef ref = new ResourceRef(Contexts.ADMIN, ResourceKinds.NODES, null, node.getMetadata().getName());
		try {
			engine.changes().setUnschedulable(ref, true);
			assertEquals(Boolean.TRUE, core.readNode(ref.name()).execute().getSpec().getUnschedulable());
		} finally {
			engine.changes().setUnschedulable(ref, false);
		}
		assertNull(core.readNode(ref.name()).execute().getSpec().getUnschedulable());
	}

	@Test
	void theViewerMayNotDeleteAndIsToldWhyTheAdminMay() throws Exception {
		ChangeService changes = engine.changes();
		assertTrue(changes.knownAccess(Contexts.VIEWER, "delete", ResourceKinds.DEPLOYMENTS, null, "default").isEmpty());

		Access viewer = changes.access(Contexts.VIEWER, "delete", ResourceKinds.DEPLOYMENTS, null, "default");

		assertFalse(viewer.allowed());
		assertTrue(viewer.reason().contains("may not delete deployments in namespace default"), viewer.reason());
		assertEquals(viewer, changes.knownAccess(Contexts.VIEWER, "delete", ResourceKinds.DEPLOYMENTS, null, "default")
				.orElseThrow());
		assertTrue(changes.access(Contexts.VIEWER, "list", ResourceKinds.DEPLOYMENTS, null, "default").allowed());
		assertTrue(changes.access(Contexts.ADMIN, "delete", ResourceKinds.DEPLOYMENTS, null, "default").allowed());
		assertFalse(changes.access(Contexts.VIEWER, "patch", ResourceKinds.DEPLOYMENTS, "scale", "default").allowed());

		changes.forget(Contexts.VIEWER);
		assertTrue(changes.knownAccess(Contexts.VIEWER, "delete", ResourceKinds.DEPLOYMENTS, null, "default").isEmpty());
	}

	@Test
	void aForbiddenDeleteKeepsItsClassifiedMessage() throws Exception {
		create(engine, configMap(namespace.name(), "kept", "x"));
		KubeException denied = assertThrows(KubeException.class, () -> engine.changes()
				.delete(new ResourceRef(Contexts.VIEWER, ResourceKinds.CONFIGMAPS, namespace.name(), "kept")));
		assertEquals(ErrorKind.PERMISSION, denied.kind());
		assertEquals("x", core.readNamespacedConfigMap("kept", namespace.name()).execute().getData().get("key"));
	}

	private List<String> podNames() {
		try {
			return core.listNamespacedPod(namespace.name()).labelSelector("app=web").execute().getItems().stream()
					.filter(pod -> pod.getMetadata().getDeletionTimestamp() == null)
					.map(pod -> pod.getMetadata().getName()).toList();
		} catch (ApiException e) {
			throw new AssertionError(e);
		}
	}

}
