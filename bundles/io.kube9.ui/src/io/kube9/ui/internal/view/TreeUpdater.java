package io.kube9.ui.internal.view;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.progress.UIJob;

import io.kube9.ui.internal.JobFamilies;

/**
 * Applies bursts of change events (status answers, kubeconfig edits, settings) to the tree at once: requests
 * collect for a short delay, then one UI job refreshes or relabels each node once.
 */
final class TreeUpdater extends UIJob {

	static final long DELAY_MILLIS = 300;

	private final ExplorerViewer viewer;
	private final Set<Object> refreshes = new LinkedHashSet<>();
	/** Nodes whose rows were added or removed: their children are read again, labels kept. */
	private final Set<Object> structures = new LinkedHashSet<>();
	/** By node, its newest instance (an updated row is equal to the one shown, with another item in it). */
	private final Map<Object, Object> updates = new LinkedHashMap<>();
	private boolean refreshAll;

	TreeUpdater(ExplorerViewer viewer) {
		super(viewer.getControl().getDisplay(), TreeUpdater.class.getSimpleName());
		this.viewer = viewer;
		setSystem(true);
	}

	/** Re-reads a node's children (null: the whole tree). */
	synchronized void refresh(Object element) {
		if (element == null) {
			refreshAll = true;
		} else {
			refreshes.add(element);
		}
		schedule(DELAY_MILLIS);
	}

	/** Redraws a node's label and icon. */
	synchronized void update(Object element) {
		updates.remove(element);
		updates.put(element, element);
		schedule(DELAY_MILLIS);
	}

	/**
	 * A live change of a listing: its rows added or removed ({@code structural}) and rows changed in place, applied
	 * with the next run; a storm of events costs one run per delay, and only the rows that changed are redrawn.
	 */
	synchronized void live(Object listing, boolean structural, Iterable<?> updated) {
		if (structural) {
			structures.add(listing);
		}
		for (Object element : updated) {
			updates.remove(element);
			updates.put(element, element);
		}
		schedule(DELAY_MILLIS);
	}

	@Override
	public IStatus runInUIThread(IProgressMonitor monitor) {
		Object[] toRefresh;
		Object[] toRestructure;
		Object[] toUpdate;
		boolean all;
		synchronized (this) {
			updates.keySet().removeAll(refreshes);
			structures.removeAll(refreshes);
			toRefresh = refreshes.toArray();
			toRestructure = structures.toArray();
			toUpdate = updates.values().toArray();
			all = refreshAll;
			refreshes.clear();
			structures.clear();
			updates.clear();
			refreshAll = false;
		}
		if (viewer.getControl() == null || viewer.getControl().isDisposed()) {
			return Status.CANCEL_STATUS;
		}
		if (all) {
			viewer.refresh();
			return Status.OK_STATUS;
		}
		for (Object element : toRefresh) {
			viewer.refresh(element);
		}
		for (Object element : toRestructure) {
			// Rows come and go; the others keep their item, expansion and selection, and are not relabelled here.
			viewer.restructure(element);
		}
		if (toUpdate.length > 0) {
			viewer.update(toUpdate, null);
		}
		return Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == JobFamilies.TREE_UPDATE;
	}
}
