package io.kube9.tests.cluster.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.kube9.tests.cluster.SeededPod;
import io.kube9.tests.cluster.internal.DemoContent.Workload;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1ContainerStatus;
import io.kubernetes.client.openapi.models.V1OwnerReference;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodCondition;

/**
 * The demo seed's pods as the cluster holds them: the controllers named them, so they are found by their
 * labels (kube9-seed=demo, app=WORKLOAD in the workload's namespace) and checked against what the workloads
 * plan (how many, in which state).
 */
public final class DemoPods {

	/** The pods found, and what does not match the plan (empty once the seed has settled). */
	public record Reading(List<SeededPod> pods, List<String> problems) {
	}

	private DemoPods() {
	}

	/** The seeded pods by namespace and name; fails when they do not match the plan. */
	public static List<SeededPod> resolve(ApiClient admin) throws ApiException {
		Reading reading = read(admin);
		if (!reading.problems().isEmpty()) {
			throw new IllegalStateException("The demo seed's pods are not as planned: " + reading.problems());
		}
		return reading.pods();
	}

	public static Reading read(ApiClient admin) throws ApiException {
		List<V1Pod> listed = new CoreV1Api(admin).listPodForAllNamespaces()
				.labelSelector(Nodes.SEED_LABEL + "=" + DemoContent.SEED_LABEL_VALUE).execute().getItems();
		Map<String, List<V1Pod>> byWorkload = listed.stream()
				.collect(Collectors.groupingBy(pod -> pod.getMetadata().getNamespace() + "/" + label(pod, "app")));
		List<SeededPod> pods = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (Workload workload : DemoContent.WORKLOADS) {
			String key = workload.namespace() + "/" + workload.name();
			List<V1Pod> found = byWorkload.getOrDefault(key, List.of());
			byWorkload.remove(key);
			if (found.size() != workload.podCount()) {
				problems.add(key + ": " + found.size() + " pods, not " + workload.podCount());
			}
			for (V1Pod pod : found) {
				String problem = stateProblem(pod, workload.podState());
				if (problem != null) {
					problems.add(pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName() + ": " + problem);
				}
				PodState state = workload.podState();
				pods.add(new SeededPod(workload.namespace(), pod.getMetadata().getName(), state.phase(),
						state.ready(), state.waitingReason(), state.restarts(), pod.getSpec().getNodeName(),
						workload.podOwnerKind(), controller(pod)));
			}
		}
		byWorkload.keySet().forEach(unplanned -> problems.add(unplanned + ": pods no workload plans"));
		pods.sort(Comparator.comparing(SeededPod::key));
		return new Reading(List.copyOf(pods), List.copyOf(problems));
	}

	/** Why a pod is not (yet) in the state its workload plans, or null. */
	private static String stateProblem(V1Pod pod, PodState state) {
		if (pod.getMetadata().getDeletionTimestamp() != null) {
			return "terminating";
		}
		String phase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
		if (!state.phase().equals(phase)) {
			return "phase " + phase + ", not " + state.phase();
		}
		return switch (state) {
		case RUNNING -> condition(pod, "Ready").map(c -> "True".equals(c.getStatus())).orElse(false) ? null
				: "not ready";
		case CRASH_LOOP -> restarts(pod) >= state.restarts() ? null : "not restarted yet";
		case PENDING -> condition(pod, "PodScheduled").map(c -> "Unschedulable".equals(c.getReason())).orElse(false)
				? null : "not found unschedulable yet";
		case SUCCEEDED -> null;
		};
	}

	private static java.util.Optional<V1PodCondition> condition(V1Pod pod, String type) {
		return Stream.ofNullable(pod.getStatus().getConditions()).flatMap(List::stream)
				.filter(c -> type.equals(c.getType())).findFirst();
	}

	private static int restarts(V1Pod pod) {
		return Stream.ofNullable(pod.getStatus().getContainerStatuses()).flatMap(List::stream)
				.mapToInt(V1ContainerStatus::getRestartCount).max().orElse(0);
	}

	private static String controller(V1Pod pod) {
		return Stream.ofNullable(pod.getMetadata().getOwnerReferences()).flatMap(List::stream)
				.filter(owner -> Boolean.TRUE.equals(owner.getController())).map(V1OwnerReference::getName)
				.filter(Objects::nonNull).findFirst().orElse(null);
	}

	private static String label(V1Pod pod, String key) {
		Map<String, String> labels = pod.getMetadata().getLabels();
		return labels == null ? null : labels.get(key);
	}
}
