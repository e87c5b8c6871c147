package io.kube9.ui.internal.model;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.osgi.util.NLS;

import io.kube9.core.errors.KubeException;
import io.kube9.core.resources.ResourceQuery;
import io.kube9.ui.internal.JobFamilies;
import io.kube9.ui.internal.Messages;
import io.kube9.ui.internal.tree.ExplorerNode;
import io.kube9.ui.internal.tree.NodeTexts;

/**
 * Loads one node's children and hands the outcome to the model. Failures are children (error nodes), never an
 * error status: a failed load must not open a dialog.
 */
final class LoadJob extends Job {

	private final ExplorerModel model;
	private final ExplorerNode node;
	private final ChildrenLoader loader;
	private final ResourceQuery page;

	/**
	 * @param page the next page this job appends, or null when it loads the node's children anew
	 * @param user whether the user asked for it (shown in the Progress view) or it runs in the background
	 */
	LoadJob(ExplorerModel model, ExplorerNode node, ChildrenLoader loader, ResourceQuery page, boolean user) {
		super(NLS.bind(Messages.job_load, NodeTexts.path(node)));
		this.model = model;
		this.node = node;
		this.loader = loader;
		this.page = page;
		setUser(user);
		setSystem(!user);
		addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (event.getResult().getSeverity() == IStatus.CANCEL) {
					model.cancelled(LoadJob.this);
				}
			}
		});
	}

	ExplorerNode node() {
		return node;
	}

	ChildrenLoader loader() {
		return loader;
	}

	/** The page this job appends, or null. */
	ResourceQuery page() {
		return page;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		try {
			List<ExplorerNode> children = loader.load(monitor);
			model.finished(this, children, null, loader.source());
			return Status.OK_STATUS;
		} catch (KubeException e) {
			model.finished(this, null, e, null);
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} finally {
			monitor.done();
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == JobFamilies.LOAD || family == model;
	}
}
