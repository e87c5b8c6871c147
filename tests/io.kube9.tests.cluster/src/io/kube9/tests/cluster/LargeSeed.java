package io.kube9.tests.cluster;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import io.kube9.tests.cluster.internal.Log;
import io.kube9.tests.cluster.internal.Nodes;
import io.kube9.tests.cluster.internal.ParallelRequests;
import io.kube9.tests.cluster.internal.PodState;
import io.kube9.tests.cluster.internal.Pods;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1Node;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1Pod;

/**
 * A large data set for paging and performance: many Ready nodes, many namespaces, and all pods (Running) in
 * one namespace, {@link #podsNamespace()}. Created with bounded parallel requests.
 */
public final class LargeSeed {

	/**
	 * How large. System properties kube9.testCluster.large.nodes / .namespaces / .pods override the defaults
	 * for the shared cluster.
	 */
	public record Spec(int nodes, int namespaces, int pods) {

		public static final Spec DEFAULT = new Spec(50, 500, 5_000);

		public Spec {
			if (nodes < 1 || namespaces < 1 || pods < 0) {
				throw new IllegalArgumentException("A large seed needs a node and a namespace");
			}
		}

		public static Spec fromSystemProperties() {
			return new Spec(Integer.getInteger("kube9.testCluster.large.nodes", DEFAULT.nodes),
					Integer.getInteger("kube9.testCluster.large.namespaces", DEFAULT.namespaces),
					Integer.getInteger("kube9.testCluster.large.pods", DEFAULT.pods));
		}

		/** Identifies the spec in seed markers and shared-cluster names. */
		public String key() {
			return "large-" + nodes + "-" + namespaces + "-" + pods;
		}
	}

	/**
	 * Requests in flight at once. On two cores 64 seeded the default spec in 34-38 s, 32 in 40-44 s, 16 in 58 s;
	 * the admin (system:masters) is exempt from API priority and fairness, and far below max-requests-inflight.
	 */
	public static final int CONCURRENCY = 64;
	private static final Duration TIMEOUT = Duration.ofMinutes(5);

	private LargeSeed() {
	}

	/** large-000, large-001, ...: the namespaces (the first one holds the pods). */
	public static List<String> namespaces(Spec spec) {
		return IntStream.range(0, spec.namespaces()).mapToObj(i -> name("large-", i, spec.namespaces(), 3)).toList();
	}

	public static String podsNamespace() {
		return "large-000";
	}

	public static List<String> nodes(Spec spec) {
		return IntStream.range(0, spec.nodes()).mapToObj(i -> name("large-node-", i, spec.nodes(), 2)).toList();
	}

	/** pod-00000, pod-00001, ...: all in {@link #podsNamespace()}, all Running. */
	public static List<String> pods(Spec spec) {
		return IntStream.range(0, spec.pods()).mapToObj(i -> name("pod-", i, spec.pods(), 5)).toList();
	}

	/**
	 * Creates the data set. Raises the given client's dispatcher limits, so pass a client of its own.
	 *
	 * @return how long it took
	 */
	public static Duration seed(ApiClient admin, Spec spec) throws ApiException, InterruptedException {
		Instant begin = Instant.now();
		ParallelRequests requests = new ParallelRequests(CONCURRENCY);
		requests.raiseDispatcherLimits(admin);
		CoreV1Api core = new CoreV1Api(admin);
		OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).truncatedTo(ChronoUnit.SECONDS);

		List<String> nodes = nodes(spec);
		for (int i = 0; i < nodes.size(); i++) {
			var node = Nodes.node(nodes.get(i), i, i == 0, started.minusDays(1));
			requests.submit(() -> ParallelRequests.<V1Node>call(callback -> core.createNode(node).executeAsync(callback)));
		}
		for (String namespace : namespaces(spec)) {
			var body = new V1Namespace().metadata(new V1ObjectMeta().name(namespace).putLabelsItem("kube9-seed", "large"));
			requests.submit(() -> ParallelRequests.<V1Namespace>call(callback -> core.createNamespace(body).executeAsync(callback)));
		}
		// Pods need their namespace; wait for the namespaces (and nodes) first.
		requests.awaitAll(TIMEOUT);

		List<String> pods = pods(spec);
		String namespace = podsNamespace();
		for (int i = 0; i < pods.size(); i++) {
			int index = i;
			String node = nodes.get(i % nodes.size());
			String hostIp = Nodes.internalIp(i % nodes.size());
			var pod = Pods.pod(namespace, pods.get(i), Map.of("app", "large-" + (i % 10), "kube9-seed", "large"),
					"nginx:1.27.3", node, null, "Always");
			requests.submit(() -> ParallelRequests
					.<V1Pod>call(callback -> core.createNamespacedPod(namespace, pod).executeAsync(callback))
					.thenCompose(created -> ParallelRequests.<V1Pod>call(callback -> core
							.replaceNamespacedPodStatus(created.getMetadata().getName(), namespace,
									Pods.withStatus(created, PodState.RUNNING, hostIp, index, started))
							.executeAsync(callback))));
		}
		requests.awaitAll(TIMEOUT);
		Duration took = Duration.between(begin, Instant.now());
		Log.info("large seed: %d nodes, %d namespaces, %d pods in %s (%s requests/s)", spec.nodes(), spec.namespaces(),
				spec.pods(), Log.seconds(took), String.format(Locale.ROOT, "%.0f",
						(spec.nodes() + spec.namespaces() + 2.0 * spec.pods()) / Math.max(0.001, took.toMillis() / 1000.0)));
		return took;
	}

	private static String name(String prefix, int index, int count, int minimumDigits) {
		int digits = Math.max(minimumDigits, Integer.toString(Math.max(0, count - 1)).length());
		return prefix + String.format(Locale.ROOT, "%0" + digits + "d", index);
	}
}
