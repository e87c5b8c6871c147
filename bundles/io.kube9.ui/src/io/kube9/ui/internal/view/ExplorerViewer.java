package io.kube9.ui.internal.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.jface.viewers.TreePath;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.navigator.CommonViewer;

import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.ExplorerNode;

/**
 * The Explorer's viewer: a Common Navigator viewer that changes a node's rows by their difference. JFace's
 * refresh re-reads every row below the node (its expanded state, its plus, on GTK a walk over the rows before it
 * for each) and sorts the children through the Common Navigator; with a listing of 10,000 rows each page or live
 * change cost the UI thread seconds for the rows it did not change.
 */
final class ExplorerViewer extends CommonViewer {

	/**
	 * How long one change of rows may hold the UI thread, its diff included; the rest follows in the next slice.
	 * Creating a row costs GTK a few stores into its model each, a page of 500 rows hundreds of milliseconds on a
	 * busy machine; GTK's own validation of new rows takes slices of its own between ours.
	 */
	private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

	private final RowsLater later;

	ExplorerViewer(String viewerId, Composite parent) {
		super(viewerId, parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		later = new RowsLater(this);
		getControl().addDisposeListener(event -> later.cancel());
	}

	/** The node's children as the model has them now, and its own label; rows kept keep their labels. */
	void refreshChildren(Object node) {
		restructure(node);
		update(node, null);
	}

	/**
	 * The node's rows made its children now: rows that stay keep their item, expansion, selection and label; rows
	 * replaced by an equal element show it and are relabelled; rows that go are removed, new ones inserted, as many
	 * as fit in a slice of the UI thread, the rest in the next slices.
	 */
	void restructure(Object node) {
		Widget widget = findItem(node);
		if (!(widget instanceof TreeItem item) || !showsChildren(item)) {
			// Nothing shown below it yet: JFace's refresh has no rows to walk.
			refresh(node, false);
			return;
		}
		long deadline = System.nanoTime() + SLICE_NANOS;
		TreeItem[] rows = item.getItems();
		Object[] children = getSortedChildren(node);
		RowDiff diff = RowDiff.between(Arrays.stream(rows).map(TreeItem::getData).toList(), Arrays.asList(children));
		if (diff == null) {
			refreshReordered(item, node);
			return;
		}
		boolean[] done = { false };
		preservingSelection(() -> done[0] = apply(item, rows, children, diff, deadline));
		if (!done[0]) {
			later.add(node);
		}
	}

	/**
	 * Only the Explorer's own content has children below a cluster, in the order it gives them (its commonSorter
	 * keeps that order): sorting them through the Common Navigator, comparison by comparison, changes nothing.
	 */
	@Override
	protected Object[] getSortedChildren(Object parentElementOrTreePath) {
		Object parent = parentElementOrTreePath instanceof TreePath path ? path.getLastSegment()
				: parentElementOrTreePath;
		if (parent instanceof ExplorerNode && !(parent instanceof ClusterNode)) {
			return getFilteredChildren(parentElementOrTreePath);
		}
		return super.getSortedChildren(parentElementOrTreePath);
	}

	/**
	 * Removes, then relabels, then inserts, until the deadline (one row at least); inserting starts only once every
	 * row to remove is gone, the indexes being those of the new order.
	 *
	 * @return whether the whole diff was applied
	 */
	private boolean apply(TreeItem item, TreeItem[] rows, Object[] children, RowDiff diff, long deadline) {
		for (int index = diff.removed().size() - 1; index >= 0; index--) {
			TreeItem row = rows[diff.removed().get(index)];
			disassociate(row);
			row.dispose();
			if (index > 0 && System.nanoTime() > deadline) {
				return false;
			}
		}
		List<Object> replaced = new ArrayList<>(diff.replaced().size());
		for (RowDiff.Kept kept : diff.replaced()) {
			TreeItem row = rows[kept.row()];
			unmapElement(row.getData(), row);
			row.setData(kept.element());
			mapElement(kept.element(), row);
			updatePlus(row, kept.element());
			replaced.add(kept.element());
		}
		if (!replaced.isEmpty()) {
			update(replaced.toArray(), null);
		}
		List<Integer> inserted = diff.inserted();
		for (int next = 0; next < inserted.size(); next++) {
			createTreeItem(item, children[inserted.get(next)], inserted.get(next));
			if (next < inserted.size() - 1 && System.nanoTime() > deadline) {
				return false;
			}
		}
		// Rows kept that show children of their own: those children as the model has them now, as refresh does.
		for (TreeItem row : item.getItems()) {
			if (showsChildren(row)) {
				restructure(row.getData());
			}
		}
		return true;
	}

	/** The rows kept changed their order: JFace's refresh, then the rows replaced by an equal object relabelled. */
	private void refreshReordered(TreeItem item, Object node) {
		Set<Object> kept = Collections.newSetFromMap(new IdentityHashMap<>());
		for (TreeItem row : item.getItems()) {
			kept.add(row.getData());
		}
		Set<Object> shown = new HashSet<>(kept);
		refresh(node, false);
		List<Object> replaced = new ArrayList<>();
		for (TreeItem row : item.getItems()) {
			Object data = row.getData();
			if (data != null && !kept.contains(data) && shown.contains(data)) {
				replaced.add(data);
			}
		}
		if (!replaced.isEmpty()) {
			update(replaced.toArray(), null);
		}
	}

	/** Whether the row has items for its children, not the placeholder JFace gives a row not yet expanded. */
	private static boolean showsChildren(TreeItem row) {
		return row.getItemCount() > 0 && row.getItem(0).getData() != null;
	}
}
