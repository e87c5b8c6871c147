package io.kube9.ui.internal.model;

import java.util.HashMap;
import java.util.Map;

import io.kube9.core.Kube9Core;
import io.kube9.core.resources.ResourceKind;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourceQuery;
import io.kube9.ui.internal.tree.EventsNode;
import io.kube9.ui.internal.tree.ExplorerNode;
import io.kube9.ui.internal.tree.ResourceNode;
import io.kube9.ui.internal.tree.TreeLayout;

/**
 * Which namespace a context's listings follow (its active one, or all), the first page a node lists in it, and
 * which labels name the active namespace. Memory only: core keeps the kubeconfig loaded. The per-context label
 * state is guarded by the model.
 */
final class ListingScopes {

	/** The scope of a listing across all namespaces. */
	static final String ALL_NAMESPACES = "";

	private final Kube9Core core;
	private final NamespaceScopes scopes;
	/** Per context, the active namespace its loaded nodes were labelled for. */
	private final Map<String, String> labelledActive = new HashMap<>();

	ListingScopes(Kube9Core core, NamespaceScopes scopes) {
		this.core = core;
		this.scopes = scopes;
	}

	/** The namespace a context's listings follow now ({@link #ALL_NAMESPACES} for all). */
	String scope(String context) {
		return scopes.allNamespaces(context) ? ALL_NAMESPACES : core.kubeconfig().activeNamespace(context);
	}

	/** The first page of what a node lists, in its scope now; null when it lists no items (clusters, Custom Resources). */
	ResourceQuery firstPage(ExplorerNode node) {
		ResourceKind kind = TreeLayout.listedKind(node).orElse(null);
		if (kind == null) {
			return null;
		}
		ResourceQuery query = ResourceQuery.of(node.context(), kind).withLimit(core.settings().pageSize());
		if (node instanceof EventsNode events) {
			return query.inNamespace(events.namespace());
		}
		if (!followsScope(node)) {
			return query;
		}
		String scope = scope(node.context());
		return query.inNamespace(scope.equals(ALL_NAMESPACES) ? null : scope);
	}

	/** The scope a first page lists, or null when its node follows none. */
	static String scopeOf(ExplorerNode node, ResourceQuery firstPage) {
		if (firstPage == null || !followsScope(node)) {
			return null;
		}
		return firstPage.namespace() == null ? ALL_NAMESPACES : firstPage.namespace();
	}

	/**
	 * Whether a node lists a namespaced kind in the cluster's scope. ArgoCD Applications are listed across all
	 * namespaces: they live in ArgoCD's namespace, rarely in the one the user works in; a namespace's Events list
	 * that namespace's.
	 */
	static boolean followsScope(ExplorerNode node) {
		if (node instanceof EventsNode) {
			return false;
		}
		ResourceKind kind = TreeLayout.listedKind(node).orElse(null);
		return kind != null && kind.namespaced() && !kind.equals(ResourceKinds.ARGOCD_APPLICATIONS);
	}

	/** Remembers the active namespace a context's labels show, the first time something of it loads. */
	void labelling(String context) {
		labelledActive.computeIfAbsent(context, core.kubeconfig()::activeNamespace);
	}

	/** The context's labels show {@code active} from now on; returns what they showed (null: unknown). */
	String relabel(String context, String active) {
		return labelledActive.put(context, active);
	}

	void forget(String context) {
		labelledActive.remove(context);
	}

	void forgetAll() {
		labelledActive.clear();
	}

	/**
	 * Whether a node's label depends on which of two namespaces is active: a namespace marked active, or an object
	 * whose namespace shows unless it is the active one. Any namespace matches an unknown (null) one.
	 */
	static boolean namesNamespace(ExplorerNode node, String before, String after) {
		if (!(node instanceof ResourceNode resource)) {
			return false;
		}
		String namespace = resource.kind().equals(ResourceKinds.NAMESPACES) ? resource.name() : resource.namespace();
		return namespace != null && (before == null || namespace.equals(before) || namespace.equals(after));
	}
}
