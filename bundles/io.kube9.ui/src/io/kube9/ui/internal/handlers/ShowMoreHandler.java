package io.kube9.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

import io.kube9.ui.internal.tree.ShowMoreNode;
import io.kube9.ui.internal.view.KubernetesExplorer;

/** Show more: appends the next page of a listing. */
public final class ShowMoreHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		KubernetesExplorer explorer = Selections.explorer(event);
		if (explorer != null) {
			Selections.selected(event, ShowMoreNode.class).forEach(explorer.model()::showMore);
		}
		return null;
	}
}
