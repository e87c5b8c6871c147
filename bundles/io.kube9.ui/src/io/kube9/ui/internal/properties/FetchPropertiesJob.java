package io.kube9.ui.internal.properties;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import io.kube9.core.Kube9Core;
import io.kube9.core.errors.KubeException;
import io.kube9.ui.internal.JobFamilies;
import io.kube9.ui.internal.Messages;

/** Fetches the whole object behind a property source in the background, then refreshes the Properties view. */
final class FetchPropertiesJob extends Job {

	private final Kube9Core core;
	private final ResourcePropertySource source;

	FetchPropertiesJob(Kube9Core core, ResourcePropertySource source) {
		super(NLS.bind(Messages.job_fetchProperties, source.node().name()));
		this.core = core;
		this.source = source;
		setSystem(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			source.fetched(core.resources().fetch(source.node().ref()).asMap());
		} catch (KubeException e) {
			// Shown in the view itself; the Properties view is no place for a dialog.
			source.failed(e.getMessage());
		}
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		PropertySheets.refresh(source);
		return Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == JobFamilies.COMMAND;
	}
}
