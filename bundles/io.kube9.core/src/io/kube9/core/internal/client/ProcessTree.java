package io.kube9.core.internal.client;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A process and every process it started that was seen while it ran. A child that outlives its parent is no
 * longer its descendant, so descendants are noted while the parent lives; killing the tree kills them all.
 */
final class ProcessTree {

	private final Process root;
	private final Set<ProcessHandle> seen = ConcurrentHashMap.newKeySet();

	ProcessTree(Process root) {
		this.root = root;
	}

	void noteDescendants() {
		root.descendants().forEach(seen::add);
	}

	/** Kills the process and everything it started (SIGKILL: a hung plugin need not cooperate). */
	void kill() {
		noteDescendants();
		root.destroyForcibly();
		seen.forEach(ProcessHandle::destroyForcibly);
	}
}
