package io.kube9.tests.cluster.selftest;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.kube9.tests.cluster.internal.Poll;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1Pod;

/** The pods matching a label selector in a namespace, read through the client, and waits on them. */
final class PodsOf {

	static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final CoreV1Api core;
	private final String namespace;
	private final String selector;

	PodsOf(ApiClient client, String namespace, String selector) {
		this.core = new CoreV1Api(client);
		this.namespace = namespace;
		this.selector = selector;
	}

	List<V1Pod> list() throws ApiException {
		return core.listNamespacedPod(namespace).labelSelector(selector).execute().getItems();
	}

	/** Waits until exactly {@code count} pods exist, all Running and ready, none terminating; their names. */
	Set<String> awaitRunning(int count) throws Exception {
		return await(count + " Running pods", pods -> pods.size() == count && pods.stream().allMatch(PodsOf::runningAndReady));
	}

	/** Waits until the pods satisfy the condition; their names. */
	Set<String> await(String what, Predicate<List<V1Pod>> condition) throws Exception {
		return Poll.until(what + " in " + namespace, TIMEOUT, Duration.ofMillis(100), () -> {
			List<V1Pod> pods = list();
			return condition.test(pods) ? names(pods) : null;
		});
	}

	static Set<String> names(List<V1Pod> pods) {
		return pods.stream().map(pod -> pod.getMetadata().getName()).collect(Collectors.toSet());
	}

	static boolean runningAndReady(V1Pod pod) {
		return pod.getMetadata().getDeletionTimestamp() == null && pod.getStatus() != null
				&& "Running".equals(pod.getStatus().getPhase()) && pod.getStatus().getConditions() != null
				&& pod.getStatus().getConditions().stream()
						.anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
	}
}
