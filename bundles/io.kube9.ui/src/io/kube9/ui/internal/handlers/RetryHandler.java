package io.kube9.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

import io.kube9.ui.internal.tree.ErrorNode;
import io.kube9.ui.internal.view.KubernetesExplorer;

/** Retry on error nodes: the failed load runs again (an unreachable cluster is checked again). */
public final class RetryHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		KubernetesExplorer explorer = Selections.explorer(event);
		if (explorer != null) {
			Selections.selected(event, ErrorNode.class).forEach(explorer.model()::retry);
		}
		return null;
	}
}
