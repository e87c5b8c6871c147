package io.kube9.benchmarks.scenarios;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import io.kube9.benchmarks.measure.Figure;
import io.kube9.benchmarks.measure.Results;
import io.kube9.benchmarks.support.Forwarding;
import io.kube9.benchmarks.support.HttpProbe;
import io.kube9.core.Kube9Core;
import io.kube9.core.forward.PortForward;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourceRef;
import io.kube9.tests.cluster.support.Conditions;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.openapi.ApiClient;
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
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServicePort;
import io.kubernetes.client.openapi.models.V1ServiceSpec;

/**
 * The pod behind a forward deleted: a Deployment of two replicas behind a Service in a namespace of its own.
 * kubectl, through the product, forwards to the Service (the product moves it to another ready pod); the client's
 * own forward can only name a pod. After the delete, a GET every {@link #PACE} for {@link #WINDOW}: how many
 * failed, and whether the last ones answered (recovers) or not (breaks). Reported, never asserted.
 */
public final class ForwardRestartScenario {

	private static final String APP = "bench-forward";
	private static final Duration WINDOW = Duration.ofSeconds(20);
	private static final Duration PACE = Duration.ofMillis(200);
	private static final Duration GET_LIMIT = Duration.ofSeconds(2);
	/** The last GETs of the window that must answer for the forward to count as recovered. */
	private static final int RECOVERED = 5;
	private static final Duration READY = Duration.ofSeconds(60);

	private final Kube9Core engine;
	private final ApiClient admin;
	private final String context;
	private final String namespace;
	private final Results results;

	public ForwardRestartScenario(Kube9Core engine, ApiClient admin, String context, String namespace,
			Results results) {
		this.engine = engine;
		this.admin = admin;
		this.context = context;
		this.namespace = namespace;
		this.results = results;
	}

	public void run() throws Exception {
		deploy();
		awaitReadyPods();
		ResourceRef service = new ResourceRef(context, ResourceKinds.SERVICES, namespace, APP);
		try (Forwarding.Open forward = Forwarding.kubectl(engine, service, 80).start()) {
			PortForward started = engine.forwards().forwards(context).stream()
					.filter(f -> f.localPort() == forward.localPort()).findFirst().orElseThrow();
			window("forward.kubectl.restart", Labels.KUBECTL + " (to the Service)", forward.localPort(),
					started.pod());
		}
		awaitReadyPods();
		String pod = readyPods().get(0);
		try (Forwarding.Open forward = Forwarding.client(engine, context, namespace, pod, 8080).start()) {
			window("forward.client.restart", Labels.API + " (to the pod)", forward.localPort(), pod);
		}
	}

	/** Deletes the pod once a GET answered, then GETs through the window. */
	private void window(String id, String variant, int port, String pod) throws Exception {
		HttpProbe.get(port, "/before", Duration.ofSeconds(10));
		new CoreV1Api(admin).deleteNamespacedPod(pod, namespace).execute();
		long start = System.nanoTime();
		long end = start + WINDOW.toNanos();
		int attempts = 0;
		int failures = 0;
		int answeredInARow = 0;
		long lastFailure = -1;
		for (long next = start; next < end; next += PACE.toNanos()) {
			LockSupport.parkNanos(next - System.nanoTime()); // pacing only
			attempts++;
			try {
				HttpProbe.get(port, "/after/" + attempts, GET_LIMIT);
				answeredInARow++;
			} catch (Exception e) {
				failures++;
				answeredInARow = 0;
				lastFailure = System.nanoTime() - start;
			}
		}
		boolean recovers = answeredInARow >= RECOVERED;
		String how = recovers ? "recovers" : "breaks";
		String detail = failures == 0 ? "no GET failed"
				: String.format(Locale.ROOT, "last failure %.1f s after the delete", lastFailure / 1e9);
		results.add(new Figure(id, Labels.FORWARD_RESTART + ", " + variant + ": " + how, failures, "failed",
				String.format(Locale.ROOT, "of %d GETs, one every %d ms for %d s after deleting the pod; %s; %s",
						attempts, PACE.toMillis(), WINDOW.toSeconds(), how, detail)));
	}

	private void deploy() throws ApiException {
		Map<String, String> labels = Map.of("app", APP);
		new AppsV1Api(admin).createNamespacedDeployment(namespace, new V1Deployment()
				.metadata(new V1ObjectMeta().name(APP).namespace(namespace))
				.spec(new V1DeploymentSpec().replicas(2).selector(new V1LabelSelector().matchLabels(labels))
						.template(new V1PodTemplateSpec().metadata(new V1ObjectMeta().labels(labels))
								.spec(new V1PodSpec().terminationGracePeriodSeconds(1L).addContainersItem(
										new V1Container().name(APP).image("nginx:1.27.3").addPortsItem(
												new V1ContainerPort().name("http").containerPort(8080)))))))
				.execute();
		new CoreV1Api(admin).createNamespacedService(namespace, new V1Service()
				.metadata(new V1ObjectMeta().name(APP).namespace(namespace))
				.spec(new V1ServiceSpec().selector(labels).addPortsItem(
						new V1ServicePort().name("web").port(80).targetPort(new IntOrString("http")))))
				.execute();
	}

	private void awaitReadyPods() throws InterruptedException {
		Conditions.await("two ready pods of " + APP, READY, () -> readyPods().size() == 2);
	}

	/** Ready and not terminating, as the Service's endpoints count them. */
	private List<String> readyPods() {
		try {
			return new CoreV1Api(admin).listNamespacedPod(namespace).labelSelector("app=" + APP).execute().getItems()
					.stream().filter(pod -> pod.getMetadata().getDeletionTimestamp() == null && ready(pod))
					.map(pod -> pod.getMetadata().getName()).sorted().toList();
		} catch (ApiException e) {
			return List.of();
		}
	}

	private static boolean ready(V1Pod pod) {
		return pod.getStatus() != null && pod.getStatus().getConditions() != null
				&& pod.getStatus().getConditions().stream()
						.anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
	}
}
