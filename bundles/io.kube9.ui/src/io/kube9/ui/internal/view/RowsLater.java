package io.kube9.ui.internal.view;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.progress.UIJob;

import io.kube9.ui.internal.JobFamilies;

/**
 * The rest of a change of rows that did not fit in one slice of the UI thread: the next run diffs the node again
 * (the model may have moved on) and applies the next slice. In the tree updates' family, so that whoever waits
 * for the tree to be current waits for these too.
 */
final class RowsLater extends UIJob {

	private final ExplorerViewer viewer;
	private final Set<Object> nodes = new LinkedHashSet<>();

	RowsLater(ExplorerViewer viewer) {
		super(viewer.getControl().getDisplay(), RowsLater.class.getSimpleName());
		this.viewer = viewer;
		setSystem(true);
	}

	synchronized void add(Object node) {
		nodes.add(node);
		schedule();
	}

	@Override
	public IStatus runInUIThread(IProgressMonitor monitor) {
		Object[] pending;
		synchronized (this) {
			pending = nodes.toArray();
			nodes.clear();
		}
		if (viewer.getControl() == null || viewer.getControl().isDisposed()) {
			return Status.CANCEL_STATUS;
		}
		for (Object node : pending) {
			viewer.restructure(node);
		}
		return Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == JobFamilies.TREE_UPDATE || family == JobFamilies.TREE_ROWS;
	}
}
