package io.kube9.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;

import io.kube9.core.Kube9Core;
import io.kube9.ui.internal.describe.DescribeEditors;
import io.kube9.ui.internal.tree.ResourceNode;

/** Describe: each selected object described in a job, shown read-only; describing again refreshes it. */
public final class DescribeHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
		for (ResourceNode node : Selections.selected(event, ResourceNode.class)) {
			DescribeEditors.open(Kube9Core.get(), node.ref(), page).schedule();
		}
		return null;
	}
}
