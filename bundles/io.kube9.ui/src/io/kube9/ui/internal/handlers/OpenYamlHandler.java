package io.kube9.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;

import io.kube9.core.Kube9Core;
import io.kube9.ui.internal.tree.ResourceNode;
import io.kube9.ui.internal.yaml.YamlEditors;

/** Open YAML: each selected object is fetched in a job and opened read-only; Secrets' values stay masked. */
public final class OpenYamlHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
		for (ResourceNode node : Selections.selected(event, ResourceNode.class)) {
			YamlEditors.open(Kube9Core.get(), node.ref(), false, page).schedule();
		}
		return null;
	}
}
