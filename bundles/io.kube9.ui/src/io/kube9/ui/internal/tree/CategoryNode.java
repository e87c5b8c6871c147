package io.kube9.ui.internal.tree;

import java.util.Objects;

import io.kube9.core.resources.Category;

/** A category under a cluster: either a group of kinds (Workloads) or a list of items itself (Nodes). */
public final class CategoryNode extends ExplorerNode {

	private final ClusterNode cluster;
	private final Category category;

	public CategoryNode(ClusterNode cluster, Category category) {
		this.cluster = Objects.requireNonNull(cluster);
		this.category = Objects.requireNonNull(category);
	}

	public Category category() {
		return category;
	}

	@Override
	public ExplorerNode getParent() {
		return cluster;
	}

	@Override
	public ClusterNode cluster() {
		return cluster;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CategoryNode node && node.cluster.equals(cluster) && node.category == category;
	}

	@Override
	public int hashCode() {
		return Objects.hash(cluster, category);
	}

	@Override
	public String toString() {
		return "CategoryNode[" + cluster.context() + ", " + category + "]";
	}
}
