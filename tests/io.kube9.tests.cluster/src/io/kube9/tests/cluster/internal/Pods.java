package io.kube9.tests.cluster.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1ContainerState;
import io.kubernetes.client.openapi.models.V1ContainerStateRunning;
import io.kubernetes.client.openapi.models.V1ContainerStateTerminated;
import io.kubernetes.client.openapi.models.V1ContainerStateWaiting;
import io.kubernetes.client.openapi.models.V1ContainerStatus;
import io.kubernetes.client.openapi.models.V1HostIP;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1OwnerReference;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodCondition;
import io.kubernetes.client.openapi.models.V1PodIP;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1PodStatus;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;

/**
 * Pods and the status a kubelet would report for them. The API server resets a new pod's status to Pending,
 * so pods are created bound to a node and their status is written afterwards through the status subresource.
 */
public final class Pods {

	public static final String CONTAINER = "app";

	private Pods() {
	}

	/** A pod with one container; {@code node} null leaves it unscheduled. */
	public static V1Pod pod(String namespace, String name, Map<String, String> labels, String image, String node,
			V1OwnerReference owner, String restartPolicy) {
		V1ObjectMeta metadata = new V1ObjectMeta().name(name).namespace(namespace).labels(labels);
		if (owner != null) {
			metadata.addOwnerReferencesItem(owner);
		}
		return new V1Pod().metadata(metadata).spec(spec()
				.nodeName(node)
				.restartPolicy(restartPolicy)
				.terminationGracePeriodSeconds(30L)
				.addContainersItem(container(image)));
	}

	/**
	 * An empty pod spec. The client's models start with empty maps, and an empty 'overhead' map is sent as {}:
	 * the RuntimeClass admission then rejects the pod ("Pod Overhead set without corresponding RuntimeClass").
	 */
	public static V1PodSpec spec() {
		return new V1PodSpec().overhead(null);
	}

	public static V1Container container(String image) {
		return new V1Container().name(CONTAINER).image(image).imagePullPolicy("IfNotPresent")
				.addPortsItem(new V1ContainerPort().containerPort(8080).name("http").protocol("TCP"))
				.resources(new V1ResourceRequirements()
						.requests(Map.of("cpu", Quantity.fromString("50m"), "memory", Quantity.fromString("64Mi")))
						.limits(Map.of("memory", Quantity.fromString("256Mi"))));
	}

	public static V1OwnerReference owner(String apiVersion, String kind, V1ObjectMeta ownerMetadata) {
		return new V1OwnerReference().apiVersion(apiVersion).kind(kind).name(ownerMetadata.getName())
				.uid(ownerMetadata.getUid()).controller(true).blockOwnerDeletion(true);
	}

	/**
	 * Fills in the status of a created pod (keeping what the server set, such as qosClass).
	 *
	 * @param podIndex makes pod IPs unique
	 */
	public static V1Pod withStatus(V1Pod created, PodState state, String hostIp, int podIndex, OffsetDateTime started) {
		V1PodStatus status = created.getStatus() == null ? new V1PodStatus() : created.getStatus();
		String image = created.getSpec().getContainers().get(0).getImage();
		status.phase(state.phase());
		List<V1PodCondition> conditions = new ArrayList<>();
		if (state == PodState.PENDING) {
			conditions.add(condition("PodScheduled", "False", "Unschedulable",
					"0/3 nodes are available: 3 Insufficient memory. preemption: 0/3 nodes are available:"
							+ " 3 No preemption victims found for incoming pod.",
					started));
			status.conditions(conditions).containerStatuses(new ArrayList<>());
			return created.status(status);
		}
		boolean completed = state == PodState.SUCCEEDED;
		String notReadyReason = completed ? "PodCompleted" : "ContainersNotReady";
		conditions.add(condition("PodReadyToStartContainers", completed ? "False" : "True", null, null, started));
		conditions.add(condition("Initialized", "True", completed ? "PodCompleted" : null, null, started));
		conditions.add(state.ready() ? condition("Ready", "True", null, null, started)
				: condition("Ready", "False", notReadyReason,
						completed ? null : "containers with unready status: [" + CONTAINER + "]", started));
		conditions.add(state.ready() ? condition("ContainersReady", "True", null, null, started)
				: condition("ContainersReady", "False", notReadyReason,
						completed ? null : "containers with unready status: [" + CONTAINER + "]", started));
		conditions.add(condition("PodScheduled", "True", null, null, started));

		String podIp = "10.244." + (podIndex / 250 % 250) + "." + (podIndex % 250 + 2);
		V1ContainerStatus container = new V1ContainerStatus().name(CONTAINER).image(image)
				.imageID(image.replace(':', '@') + ":sha256:" + Names.suffix(image, 12))
				.containerID("containerd://" + Names.suffix(created.getMetadata().getName() + "/container", 32))
				.ready(state.ready()).started(state == PodState.RUNNING).restartCount(state.restarts());
		switch (state) {
		case RUNNING -> container.state(new V1ContainerState().running(new V1ContainerStateRunning().startedAt(started)));
		case CRASH_LOOP -> container
				.state(new V1ContainerState().waiting(new V1ContainerStateWaiting().reason(state.waitingReason())
						.message("back-off 5m0s restarting failed container=" + CONTAINER + " pod="
								+ created.getMetadata().getName() + "_" + created.getMetadata().getNamespace() + "("
								+ created.getMetadata().getUid() + ")")))
				.lastState(new V1ContainerState().terminated(new V1ContainerStateTerminated().exitCode(1)
						.reason("Error").startedAt(started.plusMinutes(40)).finishedAt(started.plusMinutes(41))));
		case SUCCEEDED -> container.state(new V1ContainerState().terminated(new V1ContainerStateTerminated()
				.exitCode(0).reason("Completed").startedAt(started).finishedAt(started.plusMinutes(2))));
		default -> throw new IllegalArgumentException(state.name());
		}
		status.conditions(conditions)
				.containerStatuses(List.of(container))
				.hostIP(hostIp).hostIPs(List.of(new V1HostIP().ip(hostIp)))
				.podIP(podIp).podIPs(List.of(new V1PodIP().ip(podIp)))
				.startTime(started);
		return created.status(status);
	}

	private static V1PodCondition condition(String type, String status, String reason, String message,
			OffsetDateTime time) {
		return new V1PodCondition().type(type).status(status).reason(reason).message(message)
				.lastTransitionTime(time);
	}
}
