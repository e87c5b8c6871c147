package io.kube9.ui.internal.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import io.kube9.core.status.ClusterStatusService;
import io.kube9.ui.internal.model.LoadEntries.Entry;
import io.kube9.ui.internal.tree.CategoryNode;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.ExplorerNode;
import io.kube9.ui.internal.tree.TreeLayout;

/**
 * A cluster's categories as its last check says: ArgoCD Applications joins or leaves them when its presence differs
 * from what they were laid out with. A check that completes while the categories load is applied once they
 * arrive. Not thread-safe: the model guards it with its lock.
 */
final class ClusterLayouts {

	private final ClusterStatusService status;
	/** Clusters whose check completed while their categories were loading. */
	private final Set<ClusterNode> pending = new HashSet<>();

	ClusterLayouts(ClusterStatusService status) {
		this.status = status;
	}

	/** A cluster's check completed; whether its categories changed now. */
	boolean checked(ClusterNode cluster, Entry entry) {
		if (entry.running != null) {
			pending.add(cluster);
			return false;
		}
		return layOut(cluster, entry);
	}

	/** A node's children arrived: a cluster checked meanwhile is laid out as the check says. */
	void loaded(ExplorerNode node, Entry entry) {
		if (node instanceof ClusterNode cluster && pending.remove(cluster)) {
			layOut(cluster, entry);
		}
	}

	void forgetIf(Predicate<ExplorerNode> which) {
		pending.removeIf(which::test);
	}

	private boolean layOut(ClusterNode cluster, Entry entry) {
		if (entry.children == null || entry.children.isEmpty() || !(entry.children.get(0) instanceof CategoryNode)) {
			return false;
		}
		List<ExplorerNode> categories = TreeLayout.categories(cluster,
				ClusterLoader.argoCdInstalled(status, cluster.context()));
		if (categories.equals(entry.children)) {
			return false;
		}
		entry.children = List.copyOf(categories);
		return true;
	}
}
