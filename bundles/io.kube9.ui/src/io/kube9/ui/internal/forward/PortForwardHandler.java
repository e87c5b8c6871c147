package io.kube9.ui.internal.forward;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import io.kube9.core.Kube9Core;
import io.kube9.ui.internal.handlers.HandlerShells;
import io.kube9.ui.internal.tree.ResourceNode;

/** Port Forward… on a pod or a Service. */
public final class PortForwardHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getCurrentStructuredSelection(event).getFirstElement() instanceof ResourceNode node) {
			ForwardJobs.portForward(Kube9Core.get(), node.ref(), HandlerShells.of(event)).schedule();
		}
		return null;
	}
}
