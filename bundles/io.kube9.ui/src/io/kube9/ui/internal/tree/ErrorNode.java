package io.kube9.ui.internal.tree;

import java.util.Objects;

import io.kube9.core.errors.KubeException;
import io.kube9.core.resources.ResourceQuery;

/**
 * A failed load, shown where it happened: the classified failure, what to do about it, and Retry. A node has at
 * most one error child, so its identity is its parent.
 */
public final class ErrorNode extends ExplorerNode {

	private final ExplorerNode parent;
	private final KubeException failure;
	private final ResourceQuery failedPage;

	/**
	 * @param failedPage the next page whose loading failed (Retry loads it again), or null when the whole load
	 *                   failed (Retry reloads the parent)
	 */
	public ErrorNode(ExplorerNode parent, KubeException failure, ResourceQuery failedPage) {
		this.parent = Objects.requireNonNull(parent);
		this.failure = Objects.requireNonNull(failure);
		this.failedPage = failedPage;
	}

	public KubeException failure() {
		return failure;
	}

	/** The page that failed, or null when the whole listing failed. */
	public ResourceQuery failedPage() {
		return failedPage;
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
		return other instanceof ErrorNode node && node.parent.equals(parent);
	}

	@Override
	public int hashCode() {
		return Objects.hash(ErrorNode.class, parent);
	}

	@Override
	public String toString() {
		return "ErrorNode[" + parent + ", " + failure.kind() + "]";
	}
}
