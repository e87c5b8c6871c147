package io.kube9.ui.internal.changes;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

import io.kube9.ui.internal.tree.ResourceNode;

/** The objects a change command acts on: the selected ones its action applies to. */
final class Selected {

	private Selected() {
	}

	static List<ResourceNode> nodes(ExecutionEvent event, ChangeAction action) {
		IStructuredSelection selection = HandlerUtil.getCurrentStructuredSelection(event);
		List<ResourceNode> nodes = new ArrayList<>();
		for (Object element : selection) {
			if (element instanceof ResourceNode node && action.appliesTo(node.kind()) && !nodes.contains(node)) {
				nodes.add(node);
			}
		}
		return nodes;
	}

	/** "Kind namespace/name" or "Kind name". */
	static String describe(ResourceNode node) {
		return node.kind().kind() + " " + (node.namespace() == null ? "" : node.namespace() + "/") + node.name(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
