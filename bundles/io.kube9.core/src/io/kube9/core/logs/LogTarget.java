package io.kube9.core.logs;

import java.util.Objects;

/**
 * One container whose log can be shown.
 *
 * @param namespace its pod's namespace
 * @param pod       its pod
 * @param container its name
 * @param role      whether it is an init, ephemeral or regular container
 * @param restarts  how often it restarted (a previous instance exists when more than 0)
 */
public record LogTarget(String namespace, String pod, String container, Role role, int restarts) {

	public enum Role {
		CONTAINER, INIT, EPHEMERAL;
	}

	public LogTarget {
		Objects.requireNonNull(namespace);
		Objects.requireNonNull(pod);
		Objects.requireNonNull(container);
		Objects.requireNonNull(role);
	}
}
