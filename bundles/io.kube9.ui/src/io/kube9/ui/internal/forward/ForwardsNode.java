package io.kube9.ui.internal.forward;

import java.util.Objects;

import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.ExplorerNode;

/** A cluster's "Port Forwards" item, shown while the cluster has forwards. */
public final class ForwardsNode extends ExplorerNode {

	private final ClusterNode cluster;

	public ForwardsNode(ClusterNode cluster) {
		this.cluster = Objects.requireNonNull(cluster);
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
		return other instanceof ForwardsNode node && node.cluster.equals(cluster);
	}

	@Override
	public int hashCode() {
		return 31 * cluster.hashCode() + 7;
	}

	@Override
	public String toString() {
		return "ForwardsNode[" + cluster.context() + "]"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
