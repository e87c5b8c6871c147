package io.kube9.ui.internal.view;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.ui.progress.UIJob;

import io.kube9.ui.internal.JobFamilies;

/**
 * Applies bursts of change events (status answers, kubeconfig edits, settings) to the tree at once: requests
 * collect for a short delay, then one UI job refreshes or relabels each node once.
 */
final class TreeUpdater extends UIJob {

	static final long DELAY_MILLIS = 300;

	private final TreeViewer viewer;
	private final Set<Object> refreshes = new LinkedHashSet<>();
	private final Set<Object> updates = new LinkedHashSet<>();
	private boolean refreshAll;

	TreeUpdater(TreeViewer viewer) {
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
		updates.add(element);
		schedule(DELAY_MILLIS);
	}

	@Override
	public IStatus runInUIThread(IProgressMonitor monitor) {
		Object[] toRefresh;
		Object[] toUpdate;
		boolean all;
		synchronized (this) {
			updates.removeAll(refreshes);
			toRefresh = refreshes.toArray();
			toUpdate = updates.toArray();
			all = refreshAll;
			refreshes.clear();
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
