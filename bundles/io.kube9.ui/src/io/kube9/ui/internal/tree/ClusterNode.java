package io.kube9.ui.internal.tree;

import java.util.Objects;

/** One kubeconfig context. Its label and decorations come from the kubeconfig and the cluster's status. */
public final class ClusterNode extends ExplorerNode {

	private final String context;

	public ClusterNode(String context) {
		this.context = Objects.requireNonNull(context);
	}

	@Override
	public String context() {
		return context;
	}

	@Override
	public ExplorerNode getParent() {
		return null;
	}

	@Override
	public ClusterNode cluster() {
		return this;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ClusterNode node && node.context.equals(context);
	}

	@Override
	public int hashCode() {
		return context.hashCode();
	}

	@Override
	public String toString() {
		return "ClusterNode[" + context + "]";
	}
}
