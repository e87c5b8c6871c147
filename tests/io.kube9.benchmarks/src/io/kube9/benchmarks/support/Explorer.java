package io.kube9.benchmarks.support;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.AbstractTreeViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonViewer;

import io.kube9.ui.internal.ExplorerCommands;
import io.kube9.ui.internal.JobFamilies;
import io.kube9.ui.internal.tree.ExplorerNode;
import io.kube9.ui.internal.tree.LoadingNode;
import io.kube9.ui.internal.view.KubernetesExplorer;

/**
 * The Kubernetes Explorer view as a user drives it: open and close it, expand and collapse nodes, run a command
 * on a selection, and read what the tree shows. Runs on the UI thread.
 */
public final class Explorer {

	private final IWorkbenchPage page;
	private KubernetesExplorer view;

	public Explorer() {
		this.page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	public void open() throws PartInitException {
		view = (KubernetesExplorer) page.showView(ExplorerCommands.VIEW);
	}

	/** Closes the view if it is open; its model and loads go with it. */
	public void close() {
		IViewPart open = page.findView(ExplorerCommands.VIEW);
		if (open != null) {
			page.hideView(open);
		}
		view = null;
		UiLoop.jobs(JobFamilies.COMMAND);
	}

	public CommonViewer viewer() {
		return view.getCommonViewer();
	}

	/** The elements the tree shows under a node (the clusters for null) now. */
	public List<Object> shown(ExplorerNode node) {
		Item[] items;
		if (node == null) {
			items = viewer().getTree().getItems();
		} else {
			TreeItem item = item(node);
			items = item == null ? new Item[0] : item.getItems();
		}
		return Arrays.stream(items).map(Item::getData).filter(Objects::nonNull).toList();
	}

	/** The node's tree item, or null when the tree has none. */
	public TreeItem item(ExplorerNode node) {
		Widget item = viewer().testFindItem(node);
		return item instanceof TreeItem treeItem ? treeItem : null;
	}

	/**
	 * Whether a node is expanded and shows its children: no 'Loading…' placeholder, no load pending, no rows still
	 * to be created.
	 */
	public boolean loaded(ExplorerNode node) {
		TreeItem item = item(node);
		return item != null && item.getExpanded() && !view.model().isLoading(node)
				&& shown(node).stream().noneMatch(LoadingNode.class::isInstance) && !rowsPending();
	}

	/** Whether the view still has rows to create or remove (a change of many rows goes in slices). */
	public boolean rowsPending() {
		return Job.getJobManager().find(JobFamilies.TREE_ROWS).length > 0;
	}

	/** Expands a node by one level, as a click on its arrow does. */
	public void expand(ExplorerNode node) {
		viewer().expandToLevel(node, 1);
	}

	public void collapse(ExplorerNode node) {
		viewer().collapseToLevel(node, AbstractTreeViewer.ALL_LEVELS);
	}

	/** Expands a node and waits until its children are shown. */
	public List<Object> expandAndWait(ExplorerNode node) {
		expand(node);
		UiLoop.until(node + " to load", () -> loaded(node));
		return shown(node);
	}

	public void select(Object element) {
		page.activate(view);
		viewer().setSelection(new StructuredSelection(element), true);
	}

	/** Runs a command on the current selection, as a menu item does. */
	public void run(String command) throws CommandException {
		view.getSite().getService(IHandlerService.class).executeCommand(command, null);
	}
}
