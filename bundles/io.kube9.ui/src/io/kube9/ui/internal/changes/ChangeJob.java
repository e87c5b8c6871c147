package io.kube9.ui.internal.changes;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.statushandlers.StatusManager;

import io.kube9.core.errors.KubeException;

/**
 * A change the user asked for, off the UI thread, in the Progress view. Its outcome is reported once: a failure
 * shown and logged with core's classified message, its detail (the server's words, a syntax error's line and
 * column) and advice; never retried.
 */
public class ChangeJob extends Job {

	/** The work; blocks on I/O. */
	@FunctionalInterface
	public interface Work {
		void run(IProgressMonitor monitor) throws KubeException;
	}

	private final Work work;
	private volatile KubeException failure;

	public ChangeJob(String name, Work work) {
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
			failure = e;
			failed(e);
		} finally {
			monitor.done();
		}
		return Status.OK_STATUS;
	}

	/** Reports the failure; subclasses may do more (and call this). */
	protected void failed(KubeException e) {
		StatusManager.getManager().handle(new Status(IStatus.ERROR, "io.kube9.ui", describe(getName(), e), null), //$NON-NLS-1$
				StatusManager.SHOW | StatusManager.LOG);
	}

	/** The failure, once the job ended with one (tests read it). */
	public KubeException failure() {
		return failure;
	}

	static String describe(String what, KubeException e) {
		String message = NLS.bind(ChangeMessages.job_failed, what, e.getMessage());
		if (e.detail() != null && !e.detail().isEmpty()) {
			message += "\n" + e.detail(); //$NON-NLS-1$
		}
		return message + "\n" + e.action(); //$NON-NLS-1$
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == ChangeJobs.CHANGE;
	}
}
