package io.kube9.ui.internal.tree;

import org.eclipse.core.runtime.PlatformObject;

/**
 * A node of the Kubernetes Explorer: an immutable value whose equality is its identity in the tree, so that
 * refreshing, revealing and kept expansion work across reloads.
 */
public abstract class ExplorerNode extends PlatformObject {

	/** The node above this one; null for clusters, which sit under the explorer's root. */
	public abstract ExplorerNode getParent();

	/** The cluster this node belongs to. */
	public abstract ClusterNode cluster();

	/** The kubeconfig context this node belongs to. */
	public String context() {
		return cluster().context();
	}

	/** Whether this node is {@code ancestor} or lies below it. */
	public boolean isWithin(ExplorerNode ancestor) {
		for (ExplorerNode node = this; node != null; node = node.getParent()) {
			if (node.equals(ancestor)) {
				return true;
			}
		}
		return false;
	}
}
