package io.kube9.ui.internal.model;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which clusters list namespaced kinds across all namespaces instead of their active namespace. One choice per
 * context for the whole workbench; the explorer keeps it in its memento.
 */
public final class NamespaceScopes {

	private static final NamespaceScopes INSTANCE = new NamespaceScopes();

	private final Set<String> allNamespaces = ConcurrentHashMap.newKeySet();

	private NamespaceScopes() {
	}

	public static NamespaceScopes get() {
		return INSTANCE;
	}

	public boolean allNamespaces(String context) {
		return allNamespaces.contains(context);
	}

	public void setAllNamespaces(String context, boolean all) {
		if (all) {
			allNamespaces.add(context);
		} else {
			allNamespaces.remove(context);
		}
	}

	/** The contexts that list all namespaces now. */
	public Set<String> contextsListingAll() {
		return Set.copyOf(allNamespaces);
	}
}
