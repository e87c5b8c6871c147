package io.kube9.ui.internal.view;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerSorter;

/**
 * Keeps the order the explorer's content gives: kubeconfig order for clusters, tree order for categories and
 * kinds, the server's order for items, and 'Show more…' last. Without it the Common Navigator sorts by label.
 */
@SuppressWarnings("deprecation") // the Common Navigator's commonSorter extension still takes a ViewerSorter
public final class TreeOrder extends ViewerSorter {

	@Override
	public int compare(Viewer viewer, Object first, Object second) {
		return 0; // the sort is stable: equal elements keep their order
	}
}
