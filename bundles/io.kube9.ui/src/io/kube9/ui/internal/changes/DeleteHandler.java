package io.kube9.ui.internal.changes;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import io.kube9.core.Kube9Core;
import io.kube9.ui.internal.handlers.HandlerShells;
import io.kube9.ui.internal.tree.ResourceNode;

/**
 * Delete: after a confirmation that names the object and its cluster (for namespaces and cluster-scoped
 * objects the user types the name), one job per object; the listing that showed it loads again.
 */
public final class DeleteHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerShells.of(event);
		List<ResourceNode> nodes = Selected.nodes(event, ChangeAction.DELETE);
		if (nodes.isEmpty() || !DeleteConfirmation.confirm(shell, nodes)) {
			return null;
		}
		Display display = shell.getDisplay();
		for (ResourceNode node : nodes) {
			new ChangeJob(NLS.bind(ChangeMessages.job_delete, Selected.describe(node), node.context()), monitor -> {
				Kube9Core.get().changes().delete(node.ref());
				TreeRefresh.after(display, node.getParent(), node.context(), false);
			}).schedule();
		}
		return null;
	}
}
