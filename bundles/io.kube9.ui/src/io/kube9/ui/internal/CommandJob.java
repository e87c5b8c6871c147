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
 * command is reported once (shown and logged), with core's classified message, its detail (the server's words,
 * a syntax error's line and column) and advice; never retried.
 */
public class CommandJob extends Job {

	/** The work; blocks on I/O. */
	@FunctionalInterface
	public interface Work {
		void run(IProgressMonitor monitor) throws KubeException;
	}

	private final Object family;
	private final Work work;
	private volatile KubeException failure;

	public CommandJob(String name, Work work) {
		this(name, JobFamilies.COMMAND, work);
	}

	protected CommandJob(String name, Object family, Work work) {
		super(name);
		this.family = family;
		this.work = work;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		try {
			work.run(monitor);
		} catch (KubeException e) {
			failure = e;
			failed(e);
		} finally {
			monitor.done();
		}
		return Status.OK_STATUS;
	}

	/** Reports the failure; subclasses may do more (and call this). */
	protected void failed(KubeException e) {
		String message = NLS.bind(Messages.error_commandFailed, getName(), e.getMessage());
		if (e.detail() != null && !e.detail().isEmpty()) {
			message += "\n" + e.detail(); //$NON-NLS-1$
		}
		StatusManager.getManager().handle(new Status(IStatus.ERROR, "io.kube9.ui", message + "\n" + e.action(), null), //$NON-NLS-1$ //$NON-NLS-2$
				StatusManager.SHOW | StatusManager.LOG);
	}

	/** The failure, once the job ended with one (tests read it). */
	public KubeException failure() {
		return failure;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == this.family;
	}
}
