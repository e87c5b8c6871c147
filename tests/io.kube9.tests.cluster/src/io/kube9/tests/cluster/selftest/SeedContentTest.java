package io.kube9.tests.cluster.selftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.kube9.tests.cluster.DemoSeed;
import io.kube9.tests.cluster.SeededObject;
import io.kube9.tests.cluster.SeededPod;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.apis.ApiextensionsV1Api;
import io.kubernetes.client.openapi.apis.AppsV1Api;
import io.kubernetes.client.openapi.apis.BatchV1Api;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.apis.CustomObjectsApi;
import io.kubernetes.client.openapi.apis.NetworkingV1Api;
import io.kubernetes.client.openapi.apis.StorageV1Api;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1ContainerStatus;
import io.kubernetes.client.openapi.models.V1CustomResourceDefinition;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1ReplicaSet;

/** What DemoSeed says was seeded is what the API server holds, through the Kubernetes Java client. */
@WithTestCluster
class SeedContentTest {

	@Test
	void everySeededObjectIsListedAndNothingElse(TestCluster cluster) throws Exception {
		Map<String, Set<String>> listed = listAll(cluster.adminClient());
		for (String kind : listed.keySet()) {
			Set<String> expected = DemoSeed.objects(cluster, kind).stream().map(SeededObject::key)
					.collect(Collectors.toCollection(TreeSet::new));
			switch (kind) {
			case "Namespace" -> expected.addAll(DemoSeed.SERVER_NAMESPACES);
			case "Service" -> expected.addAll(DemoSeed.SERVER_SERVICES);
			case "ConfigMap" -> expected.addAll(DemoSeed.OTHER_CONFIG_MAPS);
			default -> {
				// Only the seed creates these kinds.
			}
			}
			assertEquals(expected, listed.get(kind), kind);
		}
		assertEquals(new TreeSet<>(DemoSeed.objects(cluster).stream().map(SeededObject::kind).toList()),
				listed.keySet(), "every seeded kind checked");
	}

	@Test
	void ownerChainsLinkByUid(TestCluster cluster) throws Exception {
		AppsV1Api apps = new AppsV1Api(cluster.adminClient());
		CoreV1Api core = new CoreV1Api(cluster.adminClient());
		List<V1Pod> pods = core.listPodForAllNamespaces().execute().getItems();
		for (SeededObject seeded : DemoSeed.objects("Deployment")) {
			V1Deployment deployment = apps.readNamespacedDeployment(seeded.name(), seeded.namespace()).execute();
			List<V1ReplicaSet> replicaSets = apps.listNamespacedReplicaSet(seeded.namespace()).execute().getItems()
					.stream().filter(rs -> ownedBy(rs, deployment)).toList();
			assertEquals(1, replicaSets.size(), seeded.key());
			List<V1Pod> owned = pods.stream().filter(pod -> ownedBy(pod, replicaSets.get(0))).toList();
			assertEquals(deployment.getSpec().getReplicas().intValue(), owned.size(), seeded.key());
			List<SeededPod> seededPods = DemoSeed.pods(cluster).stream()
					.filter(pod -> pod.namespace().equals(seeded.namespace())
							&& replicaSets.get(0).getMetadata().getName().equals(pod.ownerName()))
					.toList();
			assertEquals(owned.size(), seededPods.size(), seeded.key());
			int ready = deployment.getStatus().getReadyReplicas() == null ? 0
					: deployment.getStatus().getReadyReplicas();
			if (seededPods.stream().allMatch(SeededPod::ready)) {
				assertEquals(owned.size(), ready, seeded.key() + " ready count");
			} else {
				// The crash-looping pod is ready for a moment after each restart.
				assertTrue(ready <= owned.size(), seeded.key() + " ready count " + ready);
			}
		}
	}

	@Test
	void podStatusesAreThoseOfTheSeed(TestCluster cluster) throws Exception {
		Map<String, V1Pod> pods = new CoreV1Api(cluster.adminClient()).listPodForAllNamespaces().execute().getItems()
				.stream().collect(Collectors.toMap(pod -> pod.getMetadata().getNamespace() + "/"
						+ pod.getMetadata().getName(), pod -> pod));
		for (SeededPod seeded : DemoSeed.pods(cluster)) {
			V1Pod pod = pods.get(seeded.key());
			assertEquals(seeded.phase(), pod.getStatus().getPhase(), seeded.key());
			assertEquals(seeded.node(), pod.getSpec().getNodeName(), seeded.key());
			if (seeded.node() == null) {
				continue;
			}
			V1ContainerStatus container = pod.getStatus().getContainerStatuses().get(0);
			assertTrue(container.getRestartCount() >= seeded.restarts(), seeded.key());
			assertTrue(pod.getStatus().getPodIP() != null && pod.getStatus().getStartTime() != null, seeded.key());
			if (seeded.waitingReason() == null) {
				boolean ready = pod.getStatus().getConditions().stream()
						.anyMatch(c -> c.getType().equals("Ready") && c.getStatus().equals("True"));
				assertEquals(seeded.ready(), ready, seeded.key());
				assertEquals(seeded.restarts(), container.getRestartCount(), seeded.key());
			}
		}
		V1Pod pending = pods.get(DemoSeed.pendingPod(cluster).key());
		assertEquals("Pending", pending.getStatus().getPhase());
		assertTrue(pending.getStatus().getConditions().stream().anyMatch(c -> c.getType().equals("PodScheduled")
				&& c.getStatus().equals("False") && "Unschedulable".equals(c.getReason())),
				"the scheduler found no node for it");
	}

	@Test
	void operatorStatusSaysOperatedHealthyAndFresh(TestCluster cluster) throws Exception {
		V1ConfigMap configMap = new CoreV1Api(cluster.adminClient())
				.readNamespacedConfigMap(DemoSeed.OPERATOR_STATUS_CONFIGMAP, DemoSeed.OPERATOR_STATUS_NAMESPACE).execute();
		JsonObject status = JsonParser.parseString(configMap.getData().get(DemoSeed.OPERATOR_STATUS_KEY))
				.getAsJsonObject();

		assertEquals("operated", status.get("mode").getAsString());
		assertEquals(DemoSeed.OPERATOR_VERSION, status.get("version").getAsString());
		assertEquals("healthy", status.get("health").getAsString());
		assertTrue(status.has("error") && status.get("error").isJsonNull(), "error: null");
		Instant updated = Instant.parse(status.get("lastUpdate").getAsString());
		assertTrue(Duration.between(updated, Instant.now()).abs().compareTo(Duration.ofMinutes(5)) < 0,
				"updated within five minutes: " + updated);
		assertTrue(status.getAsJsonObject("collectionStats").has("lastSuccessTime"));
		JsonObject argocd = status.getAsJsonObject("argocd");
		assertTrue(argocd.get("detected").getAsBoolean());
		assertEquals(DemoSeed.ARGOCD_NAMESPACE, argocd.get("namespace").getAsString());
		assertEquals(DemoSeed.ARGOCD_VERSION, argocd.get("version").getAsString());
		Instant.parse(argocd.get("lastChecked").getAsString());
	}

	@Test
	void argoCdApplicationsAreServedByTheirCrd(TestCluster cluster) throws Exception {
		V1CustomResourceDefinition crd = new ApiextensionsV1Api(cluster.adminClient())
				.readCustomResourceDefinition(DemoSeed.APPLICATIONS_CRD).execute();
		assertTrue(crd.getStatus().getConditions().stream()
				.anyMatch(c -> c.getType().equals("Established") && c.getStatus().equals("True")));

		Object list = new CustomObjectsApi(cluster.adminClient()).listNamespacedCustomObject(
				DemoSeed.APPLICATIONS_GROUP, DemoSeed.APPLICATIONS_VERSION, DemoSeed.ARGOCD_NAMESPACE,
				DemoSeed.APPLICATIONS_PLURAL).execute();
		JsonObject json = JsonParser.parseString(new Gson().toJson(list)).getAsJsonObject();
		Map<String, List<String>> statuses = new TreeMap<>();
		json.getAsJsonArray("items").forEach(item -> {
			JsonObject application = item.getAsJsonObject();
			JsonObject status = application.getAsJsonObject("status");
			statuses.put(application.getAsJsonObject("metadata").get("name").getAsString(),
					List.of(status.getAsJsonObject("sync").get("status").getAsString(),
							status.getAsJsonObject("health").get("status").getAsString()));
		});
		assertEquals(DemoSeed.applicationStatus(), statuses);
	}

	/** Every kind the demo seeds, listed through the client (which also proves it parses what 1.36 sends). */
	private static Map<String, Set<String>> listAll(ApiClient admin) throws Exception {
		CoreV1Api core = new CoreV1Api(admin);
		AppsV1Api apps = new AppsV1Api(admin);
		BatchV1Api batch = new BatchV1Api(admin);
		Map<String, Set<String>> listed = new TreeMap<>();
		listed.put("Namespace", keys(core.listNamespace().execute().getItems()));
		listed.put("Node", keys(core.listNode().execute().getItems()));
		listed.put("Pod", keys(core.listPodForAllNamespaces().execute().getItems()));
		listed.put("Deployment", keys(apps.listDeploymentForAllNamespaces().execute().getItems()));
		listed.put("ReplicaSet", keys(apps.listReplicaSetForAllNamespaces().execute().getItems()));
		listed.put("StatefulSet", keys(apps.listStatefulSetForAllNamespaces().execute().getItems()));
		listed.put("DaemonSet", keys(apps.listDaemonSetForAllNamespaces().execute().getItems()));
		listed.put("Job", keys(batch.listJobForAllNamespaces().execute().getItems()));
		listed.put("CronJob", keys(batch.listCronJobForAllNamespaces().execute().getItems()));
		listed.put("Service", keys(core.listServiceForAllNamespaces().execute().getItems()));
		listed.put("Ingress", keys(new NetworkingV1Api(admin).listIngressForAllNamespaces().execute().getItems()));
		listed.put("ConfigMap", keys(core.listConfigMapForAllNamespaces().execute().getItems()));
		listed.put("Secret", keys(core.listSecretForAllNamespaces().execute().getItems()));
		listed.put("StorageClass", keys(new StorageV1Api(admin).listStorageClass().execute().getItems()));
		listed.put("PersistentVolume", keys(core.listPersistentVolume().execute().getItems()));
		listed.put("PersistentVolumeClaim",
				keys(core.listPersistentVolumeClaimForAllNamespaces().execute().getItems()));
		listed.put("CustomResourceDefinition", keys(new ApiextensionsV1Api(admin).listCustomResourceDefinition()
				.execute().getItems()));
		Object applications = new CustomObjectsApi(admin).listCustomObjectForAllNamespaces(DemoSeed.APPLICATIONS_GROUP,
				DemoSeed.APPLICATIONS_VERSION, DemoSeed.APPLICATIONS_PLURAL).execute();
		Set<String> applicationKeys = new TreeSet<>();
		JsonParser.parseString(new Gson().toJson(applications)).getAsJsonObject()
				.getAsJsonArray("items").forEach(item -> {
					JsonObject metadata = item.getAsJsonObject().getAsJsonObject("metadata");
					applicationKeys.add(metadata.get("namespace").getAsString() + "/" + metadata.get("name").getAsString());
				});
		listed.put("Application", applicationKeys);
		return listed;
	}

	private static Set<String> keys(List<? extends KubernetesObject> objects) {
		return objects.stream().map(o -> o.getMetadata().getNamespace() == null ? o.getMetadata().getName()
				: o.getMetadata().getNamespace() + "/" + o.getMetadata().getName())
				.collect(Collectors.toCollection(TreeSet::new));
	}

	private static boolean ownedBy(KubernetesObject object, KubernetesObject owner) {
		return Stream.ofNullable(object.getMetadata().getOwnerReferences()).flatMap(List::stream)
				.anyMatch(reference -> reference.getUid().equals(owner.getMetadata().getUid()));
	}
}
