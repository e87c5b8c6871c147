package io.kube9.ui.internal.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.navigator.CommonViewer;

/**
 * The Explorer's viewer: a Common Navigator viewer whose refresh of one node relabels only the rows that are new
 * or were replaced. JFace's refresh relabels every row below the node, the Common Navigator finding each row's
 * content extension anew: a page appended to a listing of 10,000 rows cost the UI thread seconds for the
 * 10,000 it did not change.
 */
final class ExplorerViewer extends CommonViewer {

	ExplorerViewer(String viewerId, Composite parent) {
		super(viewerId, parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
	}

	/** The node's children as the model has them now; rows kept (the same objects) keep their labels. */
	void refreshChildren(Object node) {
		Widget widget = findItem(node);
		if (!(widget instanceof TreeItem item)) {
			refresh(node);
			return;
		}
		Set<Object> kept = Collections.newSetFromMap(new IdentityHashMap<>());
		eachShownBelow(item, kept::add);
		Set<Object> shown = new HashSet<>(kept);
		refresh(node, false);
		update(node, null);
		// Equal to a row shown before, but another object: the same row, with what it now says.
		List<Object> replaced = new ArrayList<>();
		eachShownBelow(item, data -> {
			if (!kept.contains(data) && shown.contains(data)) {
				replaced.add(data);
			}
		});
		if (!replaced.isEmpty()) {
			update(replaced.toArray(), null);
		}
	}

	/** The elements of the rows below {@code parent}, through the rows that show their children. */
	private static void eachShownBelow(TreeItem parent, Consumer<Object> action) {
		if (parent.isDisposed()) {
			return;
		}
		for (TreeItem child : parent.getItems()) {
			Object data = child.getData();
			if (data != null) {
				action.accept(data);
				if (expanded(child)) {
					eachShownBelow(child, action);
				}
			}
		}
	}

	/**
	 * Whether a row shows its children. A row without any is not asked: on GTK a row's expanded state costs a walk
	 * over the rows before it, which for each of 10,000 pods made the walk quadratic.
	 */
	private static boolean expanded(TreeItem row) {
		return row.getItemCount() > 0 && row.getExpanded();
	}
}
