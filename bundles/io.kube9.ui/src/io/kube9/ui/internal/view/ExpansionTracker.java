package io.kube9.ui.internal.view;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ITreeViewerListener;
import org.eclipse.jface.viewers.TreeExpansionEvent;
import org.eclipse.jface.viewers.TreeViewer;

import io.kube9.ui.internal.model.ExplorerModel;
import io.kube9.ui.internal.tree.ExplorerNode;

/**
 * Tells the model which listings show: an expanded node and the expanded nodes below it show, a collapsed one and
 * those below it do not (their live updates stop after a grace). Memory only: the model starts jobs for the rest.
 */
final class ExpansionTracker implements ITreeViewerListener {

	private final TreeViewer viewer;
	private final ExplorerModel model;

	ExpansionTracker(TreeViewer viewer, ExplorerModel model) {
		this.viewer = viewer;
		this.model = model;
	}

	@Override
	public void treeExpanded(TreeExpansionEvent event) {
		List<ExplorerNode> nodes = withExpandedBelow(event.getElement());
		if (!nodes.isEmpty()) {
			model.expanded(nodes);
		}
	}

	@Override
	public void treeCollapsed(TreeExpansionEvent event) {
		List<ExplorerNode> nodes = withExpandedBelow(event.getElement());
		if (!nodes.isEmpty()) {
			model.collapsed(nodes);
		}
	}

	private List<ExplorerNode> withExpandedBelow(Object element) {
		List<ExplorerNode> nodes = new ArrayList<>();
		if (!(element instanceof ExplorerNode node)) {
			return nodes;
		}
		nodes.add(node);
		for (Object expanded : viewer.getExpandedElements()) {
			if (expanded instanceof ExplorerNode below && !below.equals(node) && below.isWithin(node)) {
				nodes.add(below);
			}
		}
		return nodes;
	}
}
