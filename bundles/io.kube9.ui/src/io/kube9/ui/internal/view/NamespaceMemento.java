package io.kube9.ui.internal.view;

import org.eclipse.ui.IMemento;

import io.kube9.ui.internal.model.NamespaceScopes;

/** Keeps the clusters that list all namespaces across restarts, in the explorer's memento. */
final class NamespaceMemento {

	private static final String ALL_NAMESPACES = "allNamespaces"; //$NON-NLS-1$
	private static final String CONTEXT = "context"; //$NON-NLS-1$

	private NamespaceMemento() {
	}

	static void save(IMemento memento, NamespaceScopes scopes) {
		for (String context : scopes.contextsListingAll()) {
			memento.createChild(ALL_NAMESPACES).putString(CONTEXT, context);
		}
	}

	static void restore(IMemento memento, NamespaceScopes scopes) {
		if (memento == null) {
			return;
		}
		for (IMemento child : memento.getChildren(ALL_NAMESPACES)) {
			String context = child.getString(CONTEXT);
			if (context != null) {
				scopes.setAllNamespaces(context, true);
			}
		}
	}
}
