package io.kube9.ui.internal.performance;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

import io.kube9.core.Kube9Core;

/** Starts the performance counters from zero (counters in memory: nothing is sent to a cluster). */
public final class ResetPerformanceHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Kube9Core.get().performance().reset();
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		if (part instanceof PerformanceView view) {
			view.refreshNow();
		}
		return null;
	}
}
