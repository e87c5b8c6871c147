package io.kube9.tests.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;

import io.kube9.tests.cluster.internal.KwokSettling;
import io.kube9.tests.cluster.internal.Log;
import io.kube9.tests.cluster.internal.Nodes;
import io.kube9.tests.cluster.internal.ParallelRequests;
import io.kube9.tests.cluster.internal.Poll;
import io.kube9.tests.cluster.internal.Pods;
import io.kube9.tests.cluster.internal.ServiceAccounts;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1Node;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1Pod;

/**
 * A large data set for paging and performance: many nodes, many namespaces, and all pods in one namespace,
 * {@link #podsNamespace()}, each bound to a node in turn. kwok makes the nodes Ready and runs the pods; the
 * seed ends when every pod is Running and kwok has stopped writing their statuses. Created with bounded parallel requests.
 */
public final class LargeSeed {

	/**
	 * How large. For the shared cluster, system property kube9.testCluster.large=maximum chooses
	 * {@link #MAXIMUM}, and kube9.testCluster.large.nodes / .namespaces / .pods override single figures.
	 */
	public record Spec(int nodes, int namespaces, int pods) {

		public static final Spec DEFAULT = new Spec(50, 500, 5_000);
		/** Ten times the pods on twenty times the nodes: how far the machine holds is measured with it. */
		public static final Spec MAXIMUM = new Spec(1_000, 500, 50_000);

		public Spec {
			if (nodes < 1 || namespaces < 1 || pods < 0) {
				throw new IllegalArgumentException("A large seed needs a node and a namespace");
			}
		}

		public static Spec fromSystemProperties() {
			Spec base = named(System.getProperty("kube9.testCluster.large", "default"));
			return new Spec(Integer.getInteger("kube9.testCluster.large.nodes", base.nodes),
					Integer.getInteger("kube9.testCluster.large.namespaces", base.namespaces),
					Integer.getInteger("kube9.testCluster.large.pods", base.pods));
		}

		/** "default" or "maximum". */
		public static Spec named(String name) {
			return switch (name.toLowerCase(Locale.ROOT)) {
			case "default" -> DEFAULT;
			case "maximum" -> MAXIMUM;
			default -> throw new IllegalArgumentException("No large seed named " + name + " (default, maximum)");
			};
		}

		/** Identifies the spec in seed markers and shared-cluster names. */
		public String key() {
			return "large-" + nodes + "-" + namespaces + "-" + pods;
		}
	}

	/**
	 * Requests in flight at once. On two quiet cores 64 seeded the default spec in 34-38 s, 32 in 40-44 s, 16 in
	 * 58 s (before kwok, when the seed wrote each pod's status); the admin (system:masters) is exempt from API
	 * priority and fairness, and far below max-requests-inflight.
	 */
	public static final int CONCURRENCY = 64;
	private static final Duration REQUESTS_TIMEOUT = Duration.ofMinutes(10);
	/** Per pod, for creating them: 50,000 took 4 min 47 s on two busy cores. */
	private static final Duration CREATE_TIMEOUT_PER_POD = Duration.ofMillis(20);
	/** Per thousand pods, for kwok to run them all. */
	private static final Duration RUNNING_TIMEOUT_PER_1000 = Duration.ofSeconds(30);
	/** Per thousand pods, for kwok's last status writes after they all run (50,000 took 95 s, quiet). */
	private static final Duration SETTLING_TIMEOUT_PER_1000 = Duration.ofSeconds(10);
	private static final String SEED = "large";

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
	 * Creates the data set and waits until kwok runs all of it. Raises the given client's dispatcher limits,
	 * so pass a client of its own.
	 *
	 * @return how long it took
	 */
	public static Duration seed(ApiClient admin, Spec spec) throws ApiException, InterruptedException {
		Instant begin = Instant.now();
		ParallelRequests requests = new ParallelRequests(CONCURRENCY);
		requests.raiseDispatcherLimits(admin);
		CoreV1Api core = new CoreV1Api(admin);

		List<String> nodes = nodes(spec);
		for (int i = 0; i < nodes.size(); i++) {
			V1Node node = Nodes.node(nodes.get(i), i, i == 0, SEED);
			requests.submit(() -> ParallelRequests.<V1Node>call(callback -> core.createNode(node).executeAsync(callback)));
		}
		for (String namespace : namespaces(spec)) {
			var body = new V1Namespace().metadata(new V1ObjectMeta().name(namespace).putLabelsItem(Nodes.SEED_LABEL, SEED));
			requests.submit(() -> ParallelRequests.<V1Namespace>call(callback -> core.createNamespace(body).executeAsync(callback)));
		}
		// Pods need their namespace and its default service account; wait for the namespaces (and nodes) first.
		requests.awaitAll(REQUESTS_TIMEOUT);
		String namespace = podsNamespace();
		ServiceAccounts.awaitDefault(core, namespace, Duration.ofSeconds(60));
		Instant prepared = Instant.now();

		List<String> pods = pods(spec);
		for (int i = 0; i < pods.size(); i++) {
			V1Pod pod = Pods.pod(namespace, pods.get(i), Map.of("app", "large-" + (i % 10), Nodes.SEED_LABEL, SEED),
					"app", "nginx:1.27.3", nodes.get(i % nodes.size()));
			requests.submit(() -> ParallelRequests
					.<V1Pod>call(callback -> core.createNamespacedPod(namespace, pod).executeAsync(callback)));
		}
		Duration createTimeout = CREATE_TIMEOUT_PER_POD.multipliedBy(spec.pods());
		requests.awaitAll(createTimeout.compareTo(REQUESTS_TIMEOUT) > 0 ? createTimeout : REQUESTS_TIMEOUT);
		Instant created = Instant.now();
		awaitRunning(core, spec);
		Instant running = Instant.now();
		long lastWrites = KwokSettling.await(admin,
				SETTLING_TIMEOUT_PER_1000.multipliedBy(Math.max(6, spec.pods() / 1000)));
		Instant now = Instant.now();
		Duration took = Duration.between(begin, now);
		Log.info("large seed: %d nodes, %d namespaces, %d pods in %s (nodes and namespaces %s, pods created %s,"
				+ " %s pods/s; all Running after %s more; kwok settled after %s more, %d status writes)",
				spec.nodes(), spec.namespaces(), spec.pods(), Log.seconds(took),
				Log.seconds(Duration.between(begin, prepared)), Log.seconds(Duration.between(prepared, created)),
				String.format(Locale.ROOT, "%.0f",
						spec.pods() / Math.max(0.001, Duration.between(prepared, created).toMillis() / 1000.0)),
				Log.seconds(Duration.between(created, running)), Log.seconds(Duration.between(running, now)),
				lastWrites);
		return took;
	}

	/** Every node Ready and every pod Running: what kwok does next, at its own pace. */
	private static void awaitRunning(CoreV1Api core, Spec spec) throws InterruptedException {
		Duration timeout = RUNNING_TIMEOUT_PER_1000.multipliedBy(Math.max(1, spec.pods() / 1000));
		try {
			Poll.until("the large seed's pods Running", timeout, Duration.ofMillis(500), () -> core
					.listNamespacedPod(podsNamespace()).fieldSelector("status.phase!=Running").limit(1).execute()
					.getItems().isEmpty() ? Boolean.TRUE : null);
			Poll.until("the large seed's nodes Ready", timeout, Duration.ofMillis(500), () -> core.listNode()
					.labelSelector(Nodes.SEED_LABEL + "=" + SEED).execute().getItems().stream()
					.filter(node -> node.getStatus().getConditions() != null && node.getStatus().getConditions()
							.stream().anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus())))
					.count() == spec.nodes() ? Boolean.TRUE : null);
		} catch (TimeoutException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	private static String name(String prefix, int index, int count, int minimumDigits) {
		int digits = Math.max(minimumDigits, Integer.toString(Math.max(0, count - 1)).length());
		return prefix + String.format(Locale.ROOT, "%0" + digits + "d", index);
	}
}
