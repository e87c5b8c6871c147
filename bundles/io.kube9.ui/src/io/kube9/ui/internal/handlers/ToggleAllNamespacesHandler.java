package io.kube9.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

import io.kube9.ui.internal.model.ExplorerModel;
import io.kube9.ui.internal.model.NamespaceScopes;
import io.kube9.ui.internal.tree.ExplorerNode;
import io.kube9.ui.internal.view.KubernetesExplorer;

/** Switches the selected clusters between their active namespace and all namespaces. */
public final class ToggleAllNamespacesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		KubernetesExplorer explorer = Selections.explorer(event);
		if (explorer == null) {
			return null;
		}
		ExplorerModel model = explorer.model();
		NamespaceScopes scopes = model.scopes();
		Selections.selected(event, ExplorerNode.class).stream().map(ExplorerNode::context).distinct()
				.forEach(context -> {
					scopes.setAllNamespaces(context, !scopes.allNamespaces(context));
					model.scopeChanged(context);
				});
		return null;
	}
}
