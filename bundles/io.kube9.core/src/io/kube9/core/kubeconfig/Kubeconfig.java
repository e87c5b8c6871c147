package io.kube9.core.kubeconfig;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * An immutable snapshot of the kubeconfig as kubectl would see it: the files in the order they were read, the
 * merged contexts, the current context and what could not be read.
 */
public interface Kubeconfig {

	/** The files read, in precedence order (the first wins for a name defined twice). */
	List<Path> files();

	/**
	 * Every file looked for, existing or not, in precedence order: what to tell the user when nothing was found.
	 * At least the files read.
	 */
	default List<Path> searched() {
		return files();
	}

	/** Every context, in the order the files define them. */
	List<KubeContext> contexts();

	/** The current context's name, from the first file that sets one. */
	Optional<String> currentContext();

	/** Problems of whole files (unreadable, malformed); problems of single contexts are on the context. */
	List<KubeconfigProblem> problems();

	default Optional<KubeContext> context(String name) {
		return contexts().stream().filter(c -> c.name().equals(name)).findFirst();
	}
}
