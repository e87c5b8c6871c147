package io.kube9.ui.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

import io.kube9.ui.internal.model.ExplorerModel;
import io.kube9.ui.internal.tree.ExplorerNode;
import io.kube9.ui.internal.view.KubernetesExplorer;

/** Refresh: the selected nodes, or the whole explorer when nothing is selected, fetched anew past the cache. */
public final class RefreshHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		KubernetesExplorer explorer = Selections.explorer(event);
		if (explorer == null) {
			return null;
		}
		ExplorerModel model = explorer.model();
		List<ExplorerNode> nodes = Selections.selected(event, ExplorerNode.class);
		if (nodes.isEmpty()) {
			model.refreshAll();
		} else {
			nodes.forEach(model::refresh);
		}
		return null;
	}
}
