package io.kube9.ui.internal.tree;

import java.util.Objects;

/** The placeholder shown while a node's children load. */
public final class LoadingNode extends ChildNode {

	public LoadingNode(ExplorerNode parent) {
		super(parent);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof LoadingNode node && node.getParent().equals(getParent());
	}

	@Override
	public int hashCode() {
		return Objects.hash(LoadingNode.class, getParent());
	}

	@Override
	public String toString() {
		return "LoadingNode[" + getParent() + "]";
	}
}
