package io.kube9.ui.internal.forward;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.statushandlers.StatusManager;

import io.kube9.core.Kube9Core;
import io.kube9.core.errors.KubeException;
import io.kube9.core.forward.PortForwardRequest;
import io.kube9.core.forward.PortForwardService;
import io.kube9.core.resources.ResourceRef;

/**
 * Port Forward…: the ports read in a job, the dialog on the UI thread, the forward started in a job. A failure
 * the forward's item shows (Permission denied, no ready pod) is not shown again; others are.
 */
public final class ForwardJobs {

	/** The family of the jobs that read ports and start forwards, for tests to join. */
	public static final Object FAMILY = ForwardJobs.class;

	private ForwardJobs() {
	}

	/** Reads {@code target}'s ports, asks in a dialog over {@code shell}, then starts the forward. */
	public static Job portForward(Kube9Core core, ResourceRef target, Shell shell) {
		return job(NLS.bind(ForwardUiMessages.job_ports, target.name()), () -> {
			List<Integer> ports = core.forwards().ports(target);
			if (shell.isDisposed()) {
				return;
			}
			shell.getDisplay().asyncExec(() -> {
				if (shell.isDisposed()) {
					return;
				}
				PortForwardService forwards = core.forwards();
				PortForwardDialog dialog = new PortForwardDialog(shell, target, ports, forwards::proposeLocalPort);
				if (dialog.open() == Window.OK) {
					start(core, new PortForwardRequest(target, dialog.port(), dialog.localPort())).schedule();
				}
			});
		});
	}

	/** Starts a forward; its item appears when it listens, or says why it failed. */
	public static Job start(Kube9Core core, PortForwardRequest request) {
		return job(NLS.bind(ForwardUiMessages.job_start, request.localPort(), request.target().name()),
				() -> core.forwards().start(request));
	}

	@FunctionalInterface
	private interface Work {
		void run() throws KubeException;
	}

	private static Job job(String name, Work work) {
		Job job = new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					work.run();
				} catch (KubeException e) {
					if (!shownOnItem(e)) {
						StatusManager.getManager().handle(new Status(IStatus.ERROR, "io.kube9.ui", //$NON-NLS-1$
								e.getMessage() + "\n" + e.action(), null), StatusManager.SHOW | StatusManager.LOG); //$NON-NLS-1$
					}
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setUser(true);
		return job;
	}

	private static boolean shownOnItem(KubeException failure) {
		return failure.context() != null && Kube9Core.get().forwards().forwards(failure.context()).stream()
				.anyMatch(forward -> forward.problem() == failure);
	}
}
