package io.kube9.core.shell;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A pod as Open Shell sees it: the containers a shell could run in (regular and ephemeral ones, in the pod's
 * order) and, for each that cannot have one now, why (the pod has terminated, the container is not running).
 */
public record ShellTarget(String context, String namespace, String pod, List<Container> containers) {

	/**
	 * One container.
	 *
	 * @param name    its name
	 * @param state   what it does now, as the pod's status says ("running", "CrashLoopBackOff", "Completed")
	 * @param refusal why no shell can run in it now, or null when one can
	 */
	public record Container(String name, String state, String refusal) {

		public Container {
			Objects.requireNonNull(name, "name"); //$NON-NLS-1$
		}

		public boolean running() {
			return refusal == null;
		}
	}

	public ShellTarget {
		Objects.requireNonNull(context, "context"); //$NON-NLS-1$
		Objects.requireNonNull(namespace, "namespace"); //$NON-NLS-1$
		Objects.requireNonNull(pod, "pod"); //$NON-NLS-1$
		containers = List.copyOf(containers);
	}

	/** The container a shell opens in by default: the first running one, else the pod's first. */
	public Optional<Container> preferred() {
		return containers.stream().filter(Container::running).findFirst()
				.or(() -> containers.stream().findFirst());
	}

	/** Why no shell can be opened in any container of the pod, or empty when one can. */
	public Optional<String> refusal() {
		if (containers.stream().anyMatch(Container::running)) {
			return Optional.empty();
		}
		return containers.stream().map(Container::refusal).filter(Objects::nonNull).findFirst();
	}

	/** The request for a shell (or {@code command}) in {@code container}. */
	public ShellRequest request(String container, List<String> command) {
		return new ShellRequest(context, namespace, pod, container, command);
	}
}
