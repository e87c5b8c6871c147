package io.kube9.ui.internal.tree;

import java.util.Objects;

/** The placeholder shown while a node's children load. */
public final class LoadingNode extends ExplorerNode {

	private final ExplorerNode parent;

	public LoadingNode(ExplorerNode parent) {
		this.parent = Objects.requireNonNull(parent);
	}

	@Override
	public ExplorerNode getParent() {
		return parent;
	}

	@Override
	public ClusterNode cluster() {
		return parent.cluster();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof LoadingNode node && node.parent.equals(parent);
	}

	@Override
	public int hashCode() {
		return Objects.hash(LoadingNode.class, parent);
	}

	@Override
	public String toString() {
		return "LoadingNode[" + parent + "]";
	}
}
