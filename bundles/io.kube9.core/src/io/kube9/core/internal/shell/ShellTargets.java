package io.kube9.core.internal.shell;

import java.util.ArrayList;
import java.util.List;

import io.kube9.core.shell.ShellTarget;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerState;
import io.kubernetes.client.openapi.models.V1ContainerStatus;
import io.kubernetes.client.openapi.models.V1EphemeralContainer;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodStatus;

/**
 * Reads from a pod where a shell can run: only in a running container of a pod that has not terminated. The
 * kubelet refuses the others with words a user cannot act on ("container not found", an upgrade failure).
 */
final class ShellTargets {

	private static final String RUNNING = "running"; //$NON-NLS-1$

	private ShellTargets() {
	}

	static ShellTarget of(String context, V1Pod pod) {
		String name = pod.getMetadata().getName();
		V1PodStatus status = pod.getStatus();
		String phase = status == null || status.getPhase() == null ? "Unknown" : status.getPhase(); //$NON-NLS-1$
		boolean terminated = "Succeeded".equals(phase) || "Failed".equals(phase); //$NON-NLS-1$ //$NON-NLS-2$
		List<String> names = new ArrayList<>();
		pod.getSpec().getContainers().stream().map(V1Container::getName).forEach(names::add);
		if (pod.getSpec().getEphemeralContainers() != null) {
			pod.getSpec().getEphemeralContainers().stream().map(V1EphemeralContainer::getName).forEach(names::add);
		}
		List<ShellTarget.Container> containers = new ArrayList<>();
		for (String container : names) {
			String state = state(status, container, phase);
			String refusal;
			if (terminated) {
				refusal = ShellMessages.bind(ShellMessages.terminated_message, name, phase);
			} else if (!RUNNING.equals(state)) {
				refusal = ShellMessages.bind(ShellMessages.notRunning_message, new Object[] { container, name, state });
			} else {
				refusal = null;
			}
			containers.add(new ShellTarget.Container(container, state, refusal));
		}
		return new ShellTarget(context, pod.getMetadata().getNamespace(), name, containers);
	}

	/** "running", the reason it waits or ended, or the pod's phase while it has no status of its own. */
	private static String state(V1PodStatus status, String container, String phase) {
		V1ContainerStatus own = find(status == null ? null : status.getContainerStatuses(), container);
		if (own == null) {
			own = find(status == null ? null : status.getEphemeralContainerStatuses(), container);
		}
		V1ContainerState state = own == null ? null : own.getState();
		if (state == null) {
			return phase;
		}
		if (state.getRunning() != null) {
			return RUNNING;
		}
		if (state.getWaiting() != null) {
			return reason(state.getWaiting().getReason(), "waiting"); //$NON-NLS-1$
		}
		if (state.getTerminated() != null) {
			return reason(state.getTerminated().getReason(), "terminated"); //$NON-NLS-1$
		}
		return phase;
	}

	private static V1ContainerStatus find(List<V1ContainerStatus> statuses, String container) {
		if (statuses == null) {
			return null;
		}
		return statuses.stream().filter(s -> container.equals(s.getName())).findFirst().orElse(null);
	}

	private static String reason(String reason, String otherwise) {
		return reason == null || reason.isBlank() ? otherwise : reason;
	}
}
