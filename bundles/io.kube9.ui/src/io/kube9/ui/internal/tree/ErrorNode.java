package io.kube9.ui.internal.tree;

import java.util.Objects;

import io.kube9.core.errors.KubeException;
import io.kube9.core.resources.ResourceQuery;

/**
 * A failed load, shown where it happened: the classified failure, what to do about it, and Retry. A node has at
 * most one error child, so its identity is its parent.
 */
public final class ErrorNode extends ChildNode {

	private final KubeException failure;
	private final ResourceQuery failedPage;

	/**
	 * @param failedPage the next page whose loading failed (Retry loads it again), or null when the whole load
	 *                   failed (Retry reloads the parent)
	 */
	public ErrorNode(ExplorerNode parent, KubeException failure, ResourceQuery failedPage) {
		super(parent);
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
	public boolean equals(Object other) {
		return other instanceof ErrorNode node && node.getParent().equals(getParent());
	}

	@Override
	public int hashCode() {
		return Objects.hash(ErrorNode.class, getParent());
	}

	@Override
	public String toString() {
		return "ErrorNode[" + getParent() + ", " + failure.kind() + "]";
	}
}
