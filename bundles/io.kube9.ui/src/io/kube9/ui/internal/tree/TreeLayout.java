package io.kube9.ui.internal.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.kube9.core.resources.Category;
import io.kube9.core.resources.ResourceKind;
import io.kube9.core.resources.ResourceKinds;

/** What sits under a cluster, in tree order: which categories, and which kinds each one holds. */
public final class TreeLayout {

	private static final List<Category> CATEGORIES = List.of(Category.NODES, Category.NAMESPACES,
			Category.WORKLOADS, Category.NETWORKING, Category.STORAGE, Category.CONFIGURATION, Category.ARGOCD,
			Category.CUSTOM_RESOURCES);

	private TreeLayout() {
	}

	/** The categories of a reachable cluster; ArgoCD Applications only where ArgoCD is installed. */
	public static List<ExplorerNode> categories(ClusterNode cluster, boolean argoCdInstalled) {
		List<ExplorerNode> categories = new ArrayList<>();
		for (Category category : CATEGORIES) {
			if (category != Category.ARGOCD || argoCdInstalled) {
				categories.add(new CategoryNode(cluster, category));
			}
		}
		return categories;
	}

	/** The kinds a category groups; empty for categories that list items themselves or are loaded. */
	public static List<ResourceKind> kinds(Category category) {
		return switch (category) {
		case WORKLOADS -> List.of(ResourceKinds.DEPLOYMENTS, ResourceKinds.STATEFULSETS, ResourceKinds.DAEMONSETS,
				ResourceKinds.JOBS, ResourceKinds.CRONJOBS, ResourceKinds.PODS);
		case NETWORKING -> List.of(ResourceKinds.SERVICES, ResourceKinds.INGRESSES);
		case STORAGE -> List.of(ResourceKinds.PERSISTENT_VOLUMES, ResourceKinds.PERSISTENT_VOLUME_CLAIMS,
				ResourceKinds.STORAGE_CLASSES);
		case CONFIGURATION -> List.of(ResourceKinds.CONFIGMAPS, ResourceKinds.SECRETS);
		default -> List.of();
		};
	}

	/** The kind a category lists directly (Nodes, Namespaces, ArgoCD Applications), if it is one of those. */
	public static Optional<ResourceKind> listedKind(Category category) {
		return switch (category) {
		case NODES -> Optional.of(ResourceKinds.NODES);
		case NAMESPACES -> Optional.of(ResourceKinds.NAMESPACES);
		case ARGOCD -> Optional.of(ResourceKinds.ARGOCD_APPLICATIONS);
		default -> Optional.empty();
		};
	}

	/** The kind node's or the listing category's kind: what a node lists, if it lists items. */
	public static Optional<ResourceKind> listedKind(ExplorerNode node) {
		if (node instanceof KindNode kind) {
			return Optional.of(kind.kind());
		}
		if (node instanceof CategoryNode category) {
			return listedKind(category.category());
		}
		if (node instanceof EventsNode) {
			return Optional.of(ResourceKinds.EVENTS);
		}
		return Optional.empty();
	}

	/**
	 * The children a node always has, known without loading: a grouping category's kinds, a namespace's Events;
	 * null for nodes whose children load or that have none.
	 */
	public static List<ExplorerNode> fixedChildren(ExplorerNode node) {
		if (node instanceof CategoryNode category && !kinds(category.category()).isEmpty()) {
			return kindNodes(category);
		}
		if (node instanceof ResourceNode resource && resource.kind().equals(ResourceKinds.NAMESPACES)) {
			return List.of(new EventsNode(resource));
		}
		return null;
	}

	/** The static children of a grouping category: one node per kind. */
	public static List<ExplorerNode> kindNodes(CategoryNode category) {
		return kinds(category.category()).stream().<ExplorerNode>map(kind -> new KindNode(category, kind)).toList();
	}
}
