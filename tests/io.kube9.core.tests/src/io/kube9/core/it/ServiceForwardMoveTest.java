package io.kube9.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.kube9.core.Kube9Core;
import io.kube9.core.forward.PortForward;
import io.kube9.core.forward.PortForwardRequest;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourceRef;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.KubeletContent;
import io.kube9.tests.cluster.TemporaryNamespace;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kube9.tests.cluster.support.Conditions;
import io.kube9.tests.cluster.support.Loopback;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.AppsV1Api;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1DeploymentSpec;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodCondition;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1Scale;
import io.kubernetes.client.openapi.models.V1ScaleSpec;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServicePort;
import io.kubernetes.client.openapi.models.V1ServiceSpec;

/**
 * A forward asked for a Service follows the Service's pods: a Deployment of one replica behind a Service (the
 * controller-manager makes its pods, kwok runs them and serves their port-forwards), its pod deleted or all its
 * pods gone for a while, and the same forward (id, local port) answers again from the pod that replaced it.
 */
@WithTestCluster
class ServiceForwardMoveTest {

	private static final Duration LIMIT = Duration.ofSeconds(60);
	private static final String APP = "shop";
	/** How long one GET through the forward may take. */
	private static final Duration ANSWER = Duration.ofSeconds(30);

	@Test
	void aDeletedPodIsReplacedOnTheSameLocalPortAndStopFreesIt(TestCluster cluster) throws Exception {
		try (TemporaryNamespace namespace = cluster.temporaryNamespace("forward-move");
				Kube9Core engine = Kube9Core.create(Engines.settings(cluster.kubeconfigs().all()))) {
			CoreV1Api core = new CoreV1Api(cluster.adminClient());
			String first = deployBehindService(cluster, namespace.name());
			int local = engine.forwards().proposeLocalPort(8080);
			PortForward forward = engine.forwards().start(new PortForwardRequest(
					new ResourceRef(Contexts.ADMIN, ResourceKinds.SERVICES, namespace.name(), APP), 80, local));
			assertEquals(first, forward.pod());
			assertEquals(KubeletContent.portForwardAnswer("GET", "/before"), Loopback.get(local, "/before", ANSWER));

			core.deleteNamespacedPod(first, namespace.name()).execute();
			Conditions.await("the forward moved to another pod", LIMIT,
					() -> forwarding(only(engine)) && !only(engine).pod().equals(first));
			PortForward moved = only(engine);
			assertEquals(forward.id(), moved.id());
			assertEquals(local, moved.localPort());
			assertEquals(APP, moved.service());
			assertEquals(8080, moved.podPort());
			assertNotEquals(first, moved.pod());
			assertTrue(readyPods(core, namespace.name()).contains(moved.pod()), moved.pod());
			assertEquals(KubeletContent.portForwardAnswer("GET", "/after"), Loopback.get(local, "/after", ANSWER));

			engine.forwards().stop(forward.id());
			assertEquals(List.of(), engine.forwards().forwards(Contexts.ADMIN));
			Conditions.await("the local port refusing", LIMIT, () -> Loopback.refuses(local));
			Conditions.await("the kubectl process gone", LIMIT, () -> kubectlProcesses(local).isEmpty());
		}
	}

	@Test
	void withNoReadyPodItWaitsAndRecoversByItself(TestCluster cluster) throws Exception {
		try (TemporaryNamespace namespace = cluster.temporaryNamespace("forward-wait");
				Kube9Core engine = Kube9Core.create(Engines.settings(cluster.kubeconfigs().all()))) {
			CoreV1Api core = new CoreV1Api(cluster.adminClient());
			String first = deployBehindService(cluster, namespace.name());
			int local = engine.forwards().proposeLocalPort(8080);
			PortForward forward = engine.forwards().start(new PortForwardRequest(
					new ResourceRef(Contexts.ADMIN, ResourceKinds.SERVICES, namespace.name(), APP), 80, local));

			scale(cluster, namespace.name(), 0);
			Conditions.await("the forward waiting for a ready pod", LIMIT, () -> only(engine).moving());
			PortForward waiting = only(engine);
			assertFalse(waiting.isBroken(), "waiting is not broken");
			assertEquals(forward.id(), waiting.id());
			Conditions.await("the pods gone", LIMIT, () -> podCount(core, namespace.name()) == 0);
			assertTrue(only(engine).moving(), "still waiting while no pod is ready");

			scale(cluster, namespace.name(), 1);
			Conditions.await("the forward on the new pod", LIMIT,
					() -> forwarding(only(engine)) && !only(engine).pod().equals(first));
			assertEquals(local, only(engine).localPort());
			assertEquals(KubeletContent.portForwardAnswer("GET", "/recovered"), Loopback.get(local, "/recovered", ANSWER));
		}
	}

	/** The Deployment "shop" (one replica, container port 8080 named http) and its Service (80 → http). */
	private static String deployBehindService(TestCluster cluster, String namespace) throws Exception {
		Map<String, String> labels = Map.of("app", APP);
		new AppsV1Api(cluster.adminClient()).createNamespacedDeployment(namespace, new V1Deployment()
				.metadata(new V1ObjectMeta().name(APP).namespace(namespace))
				.spec(new V1DeploymentSpec().replicas(1).selector(new V1LabelSelector().matchLabels(labels))
						.template(new V1PodTemplateSpec().metadata(new V1ObjectMeta().labels(labels))
								.spec(new V1PodSpec().terminationGracePeriodSeconds(1L).addContainersItem(
										new V1Container().name(APP).image("nginx:1.27.3").addPortsItem(
												new V1ContainerPort().name("http").containerPort(8080)))))))
				.execute();
		CoreV1Api core = new CoreV1Api(cluster.adminClient());
		core.createNamespacedService(namespace, new V1Service().metadata(new V1ObjectMeta().name(APP).namespace(namespace))
				.spec(new V1ServiceSpec().selector(labels).addPortsItem(new V1ServicePort().name("web").port(80)
						.targetPort(new IntOrString("http")))))
				.execute();
		Conditions.await("a ready pod of the Deployment", LIMIT, () -> readyPods(core, namespace).size() == 1);
		return readyPods(core, namespace).get(0);
	}

	private static void scale(TestCluster cluster, String namespace, int replicas) throws Exception {
		new AppsV1Api(cluster.adminClient()).replaceNamespacedDeploymentScale(APP, namespace, new V1Scale()
				.metadata(new V1ObjectMeta().name(APP).namespace(namespace)).spec(new V1ScaleSpec().replicas(replicas)))
				.execute();
	}

	private static PortForward only(Kube9Core engine) {
		List<PortForward> forwards = engine.forwards().forwards(Contexts.ADMIN);
		assertEquals(1, forwards.size(), forwards::toString);
		return forwards.get(0);
	}

	/** Forwarding, not broken nor waiting: both come with a problem. */
	private static boolean forwarding(PortForward forward) {
		return forward.problem() == null;
	}

	/** Ready and not terminating, as the Service's endpoints would count them. */
	private static List<String> readyPods(CoreV1Api core, String namespace) {
		try {
			return core.listNamespacedPod(namespace).labelSelector("app=" + APP).execute().getItems().stream()
					.filter(pod -> pod.getMetadata().getDeletionTimestamp() == null && ready(pod))
					.map(pod -> pod.getMetadata().getName()).toList();
		} catch (ApiException e) {
			return List.of();
		}
	}

	private static int podCount(CoreV1Api core, String namespace) {
		try {
			return core.listNamespacedPod(namespace).execute().getItems().size();
		} catch (ApiException e) {
			return -1;
		}
	}

	private static boolean ready(V1Pod pod) {
		List<V1PodCondition> conditions = pod.getStatus() == null ? null : pod.getStatus().getConditions();
		return conditions != null && conditions.stream()
				.anyMatch(condition -> "Ready".equals(condition.getType()) && "True".equals(condition.getStatus()));
	}

	private static List<ProcessHandle> kubectlProcesses(int local) {
		return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
				.filter(process -> process.info().arguments()
						.map(arguments -> List.of(arguments).contains(local + ":8080")).orElse(false))
				.toList();
	}
}
