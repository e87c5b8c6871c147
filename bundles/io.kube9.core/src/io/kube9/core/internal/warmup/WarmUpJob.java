package io.kube9.core.internal.warmup;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Runs the {@link WarmUp} where the user cannot feel it: a system job (not in the Progress view) at the lowest
 * priority, off the UI thread, cancellable between steps.
 */
public final class WarmUpJob extends Job {

	/** The family tests and shutdown join or cancel. */
	public static final Object FAMILY = WarmUpJob.class;

	private final WarmUp warmUp;

	public WarmUpJob(WarmUp warmUp) {
		super("Kubernetes: preparing the first cluster expansion");
		this.warmUp = warmUp;
		setSystem(true);
		setPriority(DECORATE);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			warmUp.run(monitor);
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}
}
