package io.kube9.ui.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.statushandlers.StatusManager;

import io.kube9.core.errors.KubeException;

/**
 * A command's work off the UI thread, shown in the Progress view. A failure the user asked for by this one
 * command is reported once (shown and logged), with core's classified message and advice.
 */
public final class CommandJob extends Job {

	/** The work; blocks on I/O. */
	@FunctionalInterface
	public interface Work {
		void run(IProgressMonitor monitor) throws KubeException;
	}

	private final Work work;

	public CommandJob(String name, Work work) {
		super(name);
		this.work = work;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		try {
			work.run(monitor);
		} catch (KubeException e) {
			String message = NLS.bind(Messages.error_commandFailed, getName(), e.getMessage());
			StatusManager.getManager().handle(
					new Status(IStatus.ERROR, "io.kube9.ui", message + "\n" + e.action(), null), //$NON-NLS-1$ //$NON-NLS-2$
					StatusManager.SHOW | StatusManager.LOG);
		} finally {
			monitor.done();
		}
		return Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == JobFamilies.COMMAND;
	}
}
