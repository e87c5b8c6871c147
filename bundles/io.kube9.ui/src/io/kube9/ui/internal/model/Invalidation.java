package io.kube9.ui.internal.model;

import java.util.function.Predicate;

import io.kube9.core.resources.Category;
import io.kube9.core.resources.ResourceKind;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourceService;
import io.kube9.ui.internal.tree.CategoryNode;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.EventsNode;
import io.kube9.ui.internal.tree.ExplorerNode;
import io.kube9.ui.internal.tree.KindNode;
import io.kube9.ui.internal.tree.TreeLayout;

/** Which nodes load their children, and what a refresh of one drops from core's cache. */
final class Invalidation {

	private Invalidation() {
	}

	/**
	 * Whether a node's children come from a load (clusters, kinds, listing categories, Custom Resources, a
	 * namespace's Events).
	 */
	static boolean isLoaded(ExplorerNode node) {
		return node instanceof ClusterNode || node instanceof KindNode || node instanceof EventsNode
				|| node instanceof CategoryNode category
				&& (category.category() == Category.CUSTOM_RESOURCES || TreeLayout.listedKind(category).isPresent());
	}

	/** The node whose children a refresh of {@code node} reloads: the nearest one that loads children. */
	static ExplorerNode loadedAncestor(ExplorerNode node) {
		ExplorerNode current = node;
		while (current != null && !isLoaded(current) && !(current instanceof CategoryNode)) {
			current = current.getParent();
		}
		return current;
	}

	/**
	 * Drops what core caches for a node's listings: a whole cluster's, a category's kinds', one kind's, or a
	 * namespace's events.
	 */
	static void invalidateCache(ResourceService resources, ExplorerNode node) {
		String context = node.context();
		if (node instanceof ClusterNode) {
			resources.invalidateContext(context);
			return;
		}
		if (node instanceof EventsNode events) {
			resources.invalidateIf(query -> query.context().equals(context)
					&& query.kind().equals(ResourceKinds.EVENTS) && events.namespace().equals(query.namespace()));
			return;
		}
		Predicate<ResourceKind> kinds;
		if (node instanceof KindNode kindNode) {
			kinds = kindNode.kind()::equals;
		} else {
			Category category = ((CategoryNode) node).category();
			kinds = kind -> kind.category() == category;
		}
		resources.invalidateIf(query -> query.context().equals(context) && kinds.test(query.kind()));
	}
}
