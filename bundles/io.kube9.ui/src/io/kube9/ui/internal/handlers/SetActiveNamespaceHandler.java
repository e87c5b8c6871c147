package io.kube9.ui.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.osgi.util.NLS;

import io.kube9.ui.internal.CommandJob;
import io.kube9.ui.internal.Messages;
import io.kube9.ui.internal.model.ExplorerModel;
import io.kube9.ui.internal.tree.ResourceNode;
import io.kube9.ui.internal.view.KubernetesExplorer;

/**
 * Set as Active Namespace on a namespace: core records it (and drops that context's cached listings); then only
 * that cluster reloads its namespaced listings. Other clusters keep their expansion, selection and children.
 */
public final class SetActiveNamespaceHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		KubernetesExplorer explorer = Selections.explorer(event);
		List<ResourceNode> namespaces = Selections.selected(event, ResourceNode.class);
		if (explorer == null || namespaces.size() != 1) {
			return null;
		}
		ExplorerModel model = explorer.model();
		ResourceNode namespace = namespaces.get(0);
		String context = namespace.context();
		new CommandJob(NLS.bind(Messages.job_setActiveNamespace, context, namespace.name()), monitor -> {
			// Core publishes the change; the explorer's subscription reloads what follows the namespace.
			model.core().setActiveNamespace(context, namespace.name());
		}).schedule();
		return null;
	}
}
