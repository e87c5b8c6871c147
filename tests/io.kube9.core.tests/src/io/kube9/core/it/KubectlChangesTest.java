package io.kube9.core.it;

import static io.kube9.core.it.ChangeFixtures.configMap;
import static io.kube9.core.it.ChangeFixtures.create;
import static io.kube9.core.it.ChangeFixtures.kubectl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.kube9.core.Backend;
import io.kube9.core.Kube9Core;
import io.kube9.core.changes.ApplyPreview;
import io.kube9.core.changes.ChangeService;
import io.kube9.core.changes.EditableObject;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourceRef;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.SharedTestCluster;
import io.kube9.tests.cluster.TemporaryNamespace;
import io.kube9.tests.cluster.TestCluster;
import io.kubernetes.client.openapi.apis.AppsV1Api;
import io.kubernetes.client.openapi.apis.CoreV1Api;

/** The same changes with kubectl as the backend: apply --server-side, scale, rollout restart, delete. */
class KubectlChangesTest {

	private TestCluster cluster;
	private TemporaryNamespace namespace;
	private Kube9Core engine;
	private AppsV1Api apps;

	@BeforeEach
	void open() throws Exception {
		cluster = SharedTestCluster.get();
		namespace = cluster.temporaryNamespace("kubectl");
		engine = Kube9Core.create(Engines.settings(cluster.kubeconfigs().all()).withBackend(Backend.KUBECTL));
		apps = new AppsV1Api(cluster.adminClient());
	}

	@AfterEach
	void close() throws Exception {
		engine.close();
		namespace.close();
	}

	private ResourceRef web() {
		return new ResourceRef(Contexts.ADMIN, ResourceKinds.DEPLOYMENTS, namespace.name(), "web");
	}

	@Test
	void editConflictForceScaleRestartAndDeleteThroughKubectl() throws Exception {
		ChangeFixtures.createDeployment(engine, namespace.name(), "web", 1);
		kubectl(cluster.kubeconfigs().all(), "scale", "deployment", "web", "-n", namespace.name(), "--replicas=2");
		EditableObject opened = engine.changes().openForEdit(web(), false);
		long generation = apps.readNamespacedDeployment("web", namespace.name()).execute().getMetadata().getGeneration();

		ApplyPreview preview = engine.changes().preview(opened, opened.yaml().replace("replicas: 2", "replicas: 3"));

		assertEquals(".spec.replicas", preview.conflicts().get(0).field(), preview.conflicts().toString());
		assertTrue(preview.conflicts().get(0).manager().startsWith("kubectl"), preview.conflicts().toString());
		assertTrue(preview.resultYaml().contains("replicas: 3"), preview.resultYaml());
		assertEquals(generation, apps.readNamespacedDeployment("web", namespace.name()).execute().getMetadata()
				.getGeneration(), "the dry run changed the object");
		engine.changes().apply(preview, true, false);
		assertEquals(3, apps.readNamespacedDeployment("web", namespace.name()).execute().getSpec().getReplicas());

		engine.changes().scale(web(), 1);
		assertEquals(1, engine.changes().replicas(web()));
		engine.changes().restart(web());
		assertTrue(apps.readNamespacedDeployment("web", namespace.name()).execute().getSpec().getTemplate().getMetadata()
				.getAnnotations().containsKey(ChangeService.RESTARTED_AT));
		assertTrue(engine.changes().awaitRollout(web(), ChangeFixtures.DEADLINE, () -> false, p -> {
		}).complete());

		engine.changes().delete(web());
		KubeException gone = assertThrows(KubeException.class, () -> engine.changes().openForEdit(web(), false));
		assertEquals(ErrorKind.NOT_FOUND, gone.kind());
	}

	@Test
	void badInputThroughKubectlIsClassified() throws Exception {
		create(engine, configMap(namespace.name(), "settings", "one"));
		var documents = engine.changes().previewDocuments(Contexts.ADMIN,
				configMap(namespace.name(), "settings", "two") + "---\napiVersion: example.com/v1\nkind: Widget\n"
						+ "metadata:\n  name: w\n", null);
		assertFalse(documents.get(0).preview().unchanged());
		assertEquals(ErrorKind.INVALID, documents.get(1).failure().kind());
		assertEquals(Map.of("key", "one"), new CoreV1Api(cluster.adminClient())
				.readNamespacedConfigMap("settings", namespace.name()).execute().getData());
		KubeException denied = assertThrows(KubeException.class, () -> engine.changes()
				.delete(new ResourceRef(Contexts.VIEWER, ResourceKinds.CONFIGMAPS, namespace.name(), "settings")));
		assertEquals(ErrorKind.PERMISSION, denied.kind());
	}
}
