package io.kube9.ui.internal.forward;

import java.util.Objects;

import io.kube9.core.forward.PortForward;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.ExplorerNode;

/** One forward; its identity is the forward's id, so a forward that breaks stays the same item. */
public final class ForwardNode extends ExplorerNode {

	private final ForwardsNode parent;
	private final PortForward forward;

	public ForwardNode(ForwardsNode parent, PortForward forward) {
		this.parent = Objects.requireNonNull(parent);
		this.forward = Objects.requireNonNull(forward);
	}

	/** The forward as it was when the item was made. */
	public PortForward forward() {
		return forward;
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
		return other instanceof ForwardNode node && node.forward.id() == forward.id() && node.parent.equals(parent);
	}

	@Override
	public int hashCode() {
		return Long.hashCode(forward.id());
	}

	@Override
	public String toString() {
		return "ForwardNode[" + forward.url() + " -> " + forward.remote() + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
