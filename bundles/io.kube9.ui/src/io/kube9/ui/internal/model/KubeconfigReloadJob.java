package io.kube9.ui.internal.model;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.kube9.core.kubeconfig.KubeconfigService;
import io.kube9.ui.internal.JobFamilies;
import io.kube9.ui.internal.Messages;

/** Reads the kubeconfig files again (a change is published to the listeners), then runs a follow-up. */
final class KubeconfigReloadJob extends Job {

	private final KubeconfigService kubeconfig;
	private final Runnable then;

	/** @param user whether the user asked for it (Refresh), or the explorer needs the files read */
	KubeconfigReloadJob(KubeconfigService kubeconfig, Runnable then, boolean user) {
		super(Messages.job_reloadKubeconfig);
		this.kubeconfig = kubeconfig;
		this.then = then;
		setUser(user);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		kubeconfig.reload();
		then.run();
		return Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == JobFamilies.LOAD;
	}
}
