package io.kube9.ui.internal.forward;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import io.kube9.core.Kube9Core;

/** Stops the selected forwards (a broken one is dismissed); stopping ends a process, quick enough for the UI. */
public final class StopForwardHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		for (Object element : HandlerUtil.getCurrentStructuredSelection(event)) {
			if (element instanceof ForwardNode node) {
				Kube9Core.get().forwards().stop(node.forward().id());
			}
		}
		return null;
	}
}
