package io.kube9.core.it;

import static io.kube9.core.it.ChangeFixtures.configMap;
import static io.kube9.core.it.ChangeFixtures.create;
import static io.kube9.core.it.ChangeFixtures.eventually;
import static io.kube9.core.it.ChangeFixtures.kubectl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.kube9.core.Kube9Core;
import io.kube9.core.changes.ApplyPreview;
import io.kube9.core.changes.DocumentPreview;
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

/** Edit and apply through server-side apply on the real cluster: dry run, conflicts, concurrent changes. */
class ServerSideApplyTest {

	private TestCluster cluster;
	private TemporaryNamespace namespace;
	private Kube9Core engine;
	private AppsV1Api apps;

	@BeforeEach
	void open() throws Exception {
		cluster = SharedTestCluster.get();
		namespace = cluster.temporaryNamespace("apply");
		engine = Engines.on(cluster.kubeconfigs().all());
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

	/** The Deployment's generation: what a change of its spec bumps (controllers write status all the time). */
	private long generation() throws Exception {
		return apps.readNamespacedDeployment("web", namespace.name()).execute().getMetadata().getGeneration();
	}

	@Test
	void anEditedReplicaCountIsComparedLeavesTheServerAloneThenAppliedAndPodsFollow() throws Exception {
		ChangeFixtures.createDeployment(engine, namespace.name(), "web", 1);
		EditableObject opened = engine.changes().openForEdit(web(), false);
		assertFalse(opened.yaml().contains("managedFields"), opened.yaml());
		assertFalse(opened.yaml().contains("status:"), opened.yaml());
		long before = generation();

		ApplyPreview preview = engine.changes().preview(opened, opened.yaml().replace("replicas: 1", "replicas: 3"));

		assertTrue(preview.liveYaml().contains("replicas: 1"), preview.liveYaml());
		assertTrue(preview.resultYaml().contains("replicas: 3"), preview.resultYaml());
		assertFalse(preview.unchanged());
		assertFalse(preview.changedOnServer());
		assertEquals(List.of(), preview.conflicts());
		assertEquals(before, generation(), "the dry run changed the object");
		assertEquals(1, apps.readNamespacedDeployment("web", namespace.name()).execute().getSpec().getReplicas());

		EditableObject applied = engine.changes().apply(preview, false, false);
		assertTrue(applied.yaml().contains("replicas: 3"), applied.yaml());
		CoreV1Api core = new CoreV1Api(cluster.adminClient());
		eventually("3 running pods of web", () -> {
			try {
				return core.listNamespacedPod(namespace.name()).labelSelector("app=web").execute().getItems().stream()
						.filter(pod -> "Running".equals(pod.getStatus().getPhase())).count() == 3;
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		});
	}

	@Test
	void unchangedTextIsSaidToChangeNothing() throws Exception {
		ChangeFixtures.createDeployment(engine, namespace.name(), "web", 1);
		EditableObject opened = engine.changes().openForEdit(web(), false);
		assertTrue(engine.changes().preview(opened, opened.yaml()).unchanged());
	}

	@Test
	void aChangeByKubectlAfterOpeningIsShownAndNotOverwritten() throws Exception {
		ChangeFixtures.createDeployment(engine, namespace.name(), "web", 1);
		EditableObject opened = engine.changes().openForEdit(web(), false);
		kubectl(cluster.kubeconfigs().all(), "annotate", "deployment", "web", "-n", namespace.name(), "team=payments");

		ApplyPreview preview = engine.changes().preview(opened, opened.yaml().replace("replicas: 1", "replicas: 2"));

		assertTrue(preview.changedOnServer(), "the concurrent change was not noticed");
		assertTrue(preview.liveYaml().contains("team: payments"), preview.liveYaml());
		assertTrue(preview.resultYaml().contains("team: payments") && preview.resultYaml().contains("replicas: 2"),
				preview.resultYaml());
		engine.changes().apply(preview, false, false);
		var applied = apps.readNamespacedDeployment("web", namespace.name()).execute();
		assertEquals("payments", applied.getMetadata().getAnnotations().get("team"));
		assertEquals(2, applied.getSpec().getReplicas());
	}

	@Test
	void aChangeBetweenComparisonAndApplyIsRefused() throws Exception {
		ChangeFixtures.createDeployment(engine, namespace.name(), "web", 1);
		EditableObject opened = engine.changes().openForEdit(web(), false);
		ApplyPreview preview = engine.changes().preview(opened, opened.yaml().replace("replicas: 1", "replicas: 2"));
		kubectl(cluster.kubeconfigs().all(), "annotate", "deployment", "web", "-n", namespace.name(), "late=yes");
		long after = generation();

		KubeException refused = assertThrows(KubeException.class, () -> engine.changes().apply(preview, false, false));

		assertEquals(ErrorKind.CONFLICT, refused.kind());
		assertEquals(after, generation(), "the stale apply went through");
		assertEquals(1, apps.readNamespacedDeployment("web", namespace.name()).execute().getSpec().getReplicas());
	}

	@Test
	void aFieldOwnedByAnotherManagerIsAConflictThatForceResolves() throws Exception {
		ChangeFixtures.createDeployment(engine, namespace.name(), "web", 1);
		kubectl(cluster.kubeconfigs().all(), "scale", "deployment", "web", "-n", namespace.name(), "--replicas=2");
		EditableObject opened = engine.changes().openForEdit(web(), false);

		ApplyPreview preview = engine.changes().preview(opened, opened.yaml().replace("replicas: 2", "replicas: 4"));

		assertEquals(1, preview.conflicts().size(), preview.conflicts().toString());
		assertEquals(".spec.replicas", preview.conflicts().get(0).field());
		assertTrue(preview.conflicts().get(0).manager().startsWith("kubectl"), preview.conflicts().toString());
		assertTrue(preview.resultYaml().contains("replicas: 4"), "what forcing would do: " + preview.resultYaml());
		KubeException unforced = assertThrows(KubeException.class, () -> engine.changes().apply(preview, false, false));
		assertEquals(ErrorKind.CONFLICT, unforced.kind());
		assertTrue(unforced.detail().contains(".spec.replicas"), unforced.detail());
		assertEquals(2, apps.readNamespacedDeployment("web", namespace.name()).execute().getSpec().getReplicas());

		engine.changes().apply(preview, true, false);
		assertEquals(4, apps.readNamespacedDeployment("web", namespace.name()).execute().getSpec().getReplicas());
	}

	@Test
	void badInputIsClassifiedWhereItIs() throws Exception {
		ChangeFixtures.createDeployment(engine, namespace.name(), "web", 1);
		EditableObject opened = engine.changes().openForEdit(web(), false);

		KubeException syntax = assertThrows(KubeException.class,
				() -> engine.changes().preview(opened, "metadata:\n  name: web\n   bad: [\n"));
		assertEquals(ErrorKind.INVALID, syntax.kind());
		assertTrue(syntax.detail().matches("(?s)line \\d+, column \\d+: .*"), syntax.detail());

		KubeException renamed = assertThrows(KubeException.class,
				() -> engine.changes().preview(opened, opened.yaml().replace("name: web\n  namespace", "name: other\n  namespace")));
		assertEquals(ErrorKind.INVALID, renamed.kind());

		KubeException immutable = assertThrows(KubeException.class, () -> engine.changes().preview(opened,
				opened.yaml().replaceFirst("matchLabels:\n      app: web", "matchLabels:\n      app: other")));
		assertEquals(ErrorKind.INVALID, immutable.kind());
		assertTrue(immutable.detail().contains("immutable"), immutable.detail());
	}

	@Test
	void aFileOfThreeDocumentsIsAnsweredPerDocument() throws Exception {
		create(engine, configMap(namespace.name(), "settings", "one"));
		String text = configMap(namespace.name(), "settings", "two") + "---\n" + configMap(null, "fresh", "new")
				.replace("  namespace: null\n", "") + "---\napiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n";
		String settingsVersion = new CoreV1Api(cluster.adminClient()).readNamespacedConfigMap("settings",
				namespace.name()).execute().getMetadata().getResourceVersion();

		List<DocumentPreview> documents = engine.changes().previewDocuments(Contexts.ADMIN, text, namespace.name());

		assertEquals(3, documents.size());
		DocumentPreview changed = documents.get(0);
		assertNull(changed.failure());
		assertFalse(changed.preview().creates() || changed.preview().unchanged());
		assertTrue(changed.preview().resultYaml().contains("key: two"), changed.preview().resultYaml());
		DocumentPreview created = documents.get(1);
		assertNull(created.failure(), () -> created.failure().detail());
		assertTrue(created.preview().creates());
		assertEquals(namespace.name(), created.preview().ref().namespace(), "the default namespace");
		DocumentPreview invalid = documents.get(2);
		assertNull(invalid.preview());
		assertNotNull(invalid.failure());
		assertEquals(ErrorKind.INVALID, invalid.failure().kind());
		assertTrue(invalid.failure().detail().contains("Widget"), invalid.failure().detail());
		CoreV1Api core = new CoreV1Api(cluster.adminClient());
		assertEquals(settingsVersion, core.readNamespacedConfigMap("settings", namespace.name()).execute()
				.getMetadata().getResourceVersion(), "the dry run changed the object");
		assertEquals(0, core.listNamespacedConfigMap(namespace.name()).fieldSelector("metadata.name=fresh").execute()
				.getItems().size(), "the dry run created the object");

		engine.changes().apply(changed.preview(), false, false);
		engine.changes().apply(created.preview(), false, false);
		assertEquals("two", core.readNamespacedConfigMap("settings", namespace.name()).execute().getData().get("key"));
		assertEquals("new", core.readNamespacedConfigMap("fresh", namespace.name()).execute().getData().get("key"));
	}

	@Test
	void aSecretIsEditedWithItsValuesMaskedAndKeepsThem() throws Exception {
		String value = java.util.Base64.getEncoder().encodeToString("not-a-real-password".getBytes());
		create(engine, "apiVersion: v1\nkind: Secret\nmetadata:\n  name: login\n  namespace: " + namespace.name()
				+ "\ndata:\n  password: " + value + "\n");
		ResourceRef login = new ResourceRef(Contexts.ADMIN, ResourceKinds.SECRETS, namespace.name(), "login");
		EditableObject opened = engine.changes().openForEdit(login, false);
		assertFalse(opened.yaml().contains(value), opened.yaml());
		assertTrue(opened.yaml().contains("password: '*****'"), opened.yaml());

		ApplyPreview preview = engine.changes().preview(opened,
				opened.yaml().replace("name: login\n", "name: login\n  labels:\n    tier: backend\n"));
		assertFalse(preview.resultYaml().contains(value) || preview.liveYaml().contains(value), preview.resultYaml());
		assertTrue(preview.resultYaml().contains("tier: backend"), preview.resultYaml());
		EditableObject applied = engine.changes().apply(preview, false, false);

		assertFalse(applied.yaml().contains(value), applied.yaml());
		var secret = new CoreV1Api(cluster.adminClient()).readNamespacedSecret("login", namespace.name()).execute();
		assertEquals("not-a-real-password", new String(secret.getData().get("password")));
		assertEquals("backend", secret.getMetadata().getLabels().get("tier"));
	}

	@Test
	void aNamespacedObjectWithoutNamespaceNeedsOne() throws Exception {
		List<DocumentPreview> documents = engine.changes().previewDocuments(Contexts.ADMIN,
				configMap("x", "fresh", "new").replace("  namespace: x\n", ""), null);
		assertEquals(ErrorKind.INVALID, documents.get(0).failure().kind());
		assertTrue(documents.get(0).failure().detail().contains("namespace"), documents.get(0).failure().detail());
	}
}
