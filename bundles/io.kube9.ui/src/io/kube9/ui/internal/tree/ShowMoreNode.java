package io.kube9.ui.internal.tree;

import java.util.Objects;

import io.kube9.core.resources.ResourceQuery;

/** The last child of a listing that has more pages: activating it appends the next page. */
public final class ShowMoreNode extends ChildNode {

	private final ResourceQuery nextPage;
	private final long remaining;

	/**
	 * @param nextPage  the query of the next page (it carries the continue token)
	 * @param remaining how many items follow, or -1 when the server does not say
	 */
	public ShowMoreNode(ExplorerNode parent, ResourceQuery nextPage, long remaining) {
		super(parent);
		this.nextPage = Objects.requireNonNull(nextPage);
		this.remaining = remaining;
	}

	public ResourceQuery nextPage() {
		return nextPage;
	}

	public long remaining() {
		return remaining;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ShowMoreNode node && node.getParent().equals(getParent())
				&& node.nextPage.continueToken().equals(nextPage.continueToken());
	}

	@Override
	public int hashCode() {
		return Objects.hash(getParent(), nextPage.continueToken());
	}

	@Override
	public String toString() {
		return "ShowMoreNode[" + getParent() + "]";
	}
}
