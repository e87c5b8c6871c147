package io.kube9.ui.internal.tree;

import java.util.Objects;

/** A node that lives under another one and belongs to that one's cluster. */
abstract class ChildNode extends ExplorerNode {

	private final ExplorerNode parent;

	ChildNode(ExplorerNode parent) {
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
}
