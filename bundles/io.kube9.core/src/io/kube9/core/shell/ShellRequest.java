package io.kube9.core.shell;

import java.util.List;
import java.util.Objects;

/**
 * A shell to open in a pod's container. An empty command means the container's own shell: bash where it has one,
 * else sh. A null container means the pod's first running one.
 */
public record ShellRequest(String context, String namespace, String pod, String container, List<String> command) {

	public ShellRequest {
		Objects.requireNonNull(context, "context"); //$NON-NLS-1$
		Objects.requireNonNull(namespace, "namespace"); //$NON-NLS-1$
		Objects.requireNonNull(pod, "pod"); //$NON-NLS-1$
		command = command == null ? List.of() : List.copyOf(command);
	}

	/** The container's own shell in the pod's first running container. */
	public static ShellRequest defaultShell(String context, String namespace, String pod) {
		return new ShellRequest(context, namespace, pod, null, List.of());
	}
}
