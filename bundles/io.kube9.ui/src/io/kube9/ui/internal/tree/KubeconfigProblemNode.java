package io.kube9.ui.internal.tree;

import java.util.Objects;

import io.kube9.core.kubeconfig.KubeconfigProblem;

/**
 * A kubeconfig file that could not be read or parsed (an error), or an entry of it that was skipped (a warning),
 * shown beside the clusters that the other files define.
 */
public final class KubeconfigProblemNode extends KubeconfigNode {

	private final KubeconfigProblem problem;

	public KubeconfigProblemNode(KubeconfigProblem problem) {
		this.problem = Objects.requireNonNull(problem);
	}

	public KubeconfigProblem problem() {
		return problem;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof KubeconfigProblemNode node && node.problem.equals(problem);
	}

	@Override
	public int hashCode() {
		return problem.hashCode();
	}

	@Override
	public String toString() {
		return "KubeconfigProblemNode[" + problem.file() + ", line " + problem.line() + "]";
	}
}
