package io.kube9.ui.internal.tree;

import java.util.Objects;

import io.kube9.core.resources.ResourceKind;

/** One kind inside a category (Deployments under Workloads, one custom resource under Custom Resources). */
public final class KindNode extends ExplorerNode {

	private final CategoryNode category;
	private final ResourceKind kind;

	public KindNode(CategoryNode category, ResourceKind kind) {
		this.category = Objects.requireNonNull(category);
		this.kind = Objects.requireNonNull(kind);
	}

	public ResourceKind kind() {
		return kind;
	}

	@Override
	public CategoryNode getParent() {
		return category;
	}

	@Override
	public ClusterNode cluster() {
		return category.cluster();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof KindNode node && node.category.equals(category) && node.kind.equals(kind);
	}

	@Override
	public int hashCode() {
		return Objects.hash(category, kind);
	}

	@Override
	public String toString() {
		return "KindNode[" + context() + ", " + kind.id() + "]";
	}
}
