package io.kube9.ui.internal.model;

import io.kube9.core.Kube9Core;
import io.kube9.core.kubeconfig.Kubeconfig;
import io.kube9.ui.internal.tree.KubeconfigLoadingNode;
import io.kube9.ui.internal.tree.RootLayout;

/**
 * The explorer's top level: 'Loading kubeconfig…' until the files were read in a job, then one node per context
 * and the problems of the files (a notice when there is no context). No cluster is contacted.
 */
final class RootChildren {

	private final Kube9Core core;
	private final FailureLog failures;
	private final Runnable changed;
	/** The first read of the kubeconfig files, once started; {@link #read} once it ended. Guarded by this. */
	private KubeconfigReloadJob firstRead;
	private boolean read;
	private boolean disposed;

	/** @param changed tells the view that the top level changed */
	RootChildren(Kube9Core core, FailureLog failures, Runnable changed) {
		this.core = core;
		this.failures = failures;
		this.changed = changed;
	}

	Object[] children() {
		synchronized (this) {
			if (!read) {
				if (firstRead == null && !disposed) {
					// The first read may meet a slow or hanging file system: never on the caller's (UI) thread.
					firstRead = new KubeconfigReloadJob(core.kubeconfig(), this::firstReadEnded, false);
					firstRead.schedule();
				}
				return new Object[] { new KubeconfigLoadingNode() };
			}
		}
		// Read already: core answers from memory.
		Kubeconfig kubeconfig = core.kubeconfig().current();
		failures.kubeconfigProblems(kubeconfig.problems());
		return RootLayout.children(kubeconfig).toArray();
	}

	synchronized boolean isReading() {
		return !read && firstRead != null;
	}

	/** The user's Refresh of everything: the files are read again, then the top level is. */
	void readAgain() {
		new KubeconfigReloadJob(core.kubeconfig(), changed, true).schedule();
	}

	synchronized void dispose() {
		disposed = true;
	}

	private void firstReadEnded() {
		synchronized (this) {
			read = true;
		}
		changed.run();
	}
}
