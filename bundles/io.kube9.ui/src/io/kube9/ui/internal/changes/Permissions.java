package io.kube9.ui.internal.changes;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.services.IEvaluationService;

import io.kube9.core.Kube9Core;
import io.kube9.core.changes.Access;
import io.kube9.core.errors.KubeException;
import io.kube9.ui.internal.tree.ResourceNode;

/**
 * Whether the user may perform a change on a node, as far as it is known without I/O (the UI thread asks). What
 * is not known yet counts as allowed and is asked in the background; when the answer comes, the enablement of
 * the change commands is evaluated again. A failed review leaves the action enabled: the server still decides,
 * and its 403 is reported with its classified message.
 */
public final class Permissions {

	/** The property the enablement expressions test ({@link PermissionTester}). */
	public static final String PROPERTY = "io.kube9.ui.changes.permitted"; //$NON-NLS-1$

	private static final Set<String> asking = ConcurrentHashMap.newKeySet();

	private Permissions() {
	}

	/** Why the action is not permitted on the node, when that is known; empty when allowed or not known yet. */
	public static Optional<String> denied(ResourceNode node, ChangeAction action) {
		Optional<Access> known = Kube9Core.get().changes().knownAccess(node.context(), action.verb(), node.kind(),
				action.subresource(), node.namespace());
		if (known.isEmpty()) {
			ask(node, action);
			return Optional.empty();
		}
		return known.get().allowed() ? Optional.empty() : Optional.of(known.get().reason());
	}

	/** The first reason why the action is not permitted on one of the nodes. */
	public static Optional<String> denied(List<ResourceNode> nodes, ChangeAction action) {
		for (ResourceNode node : nodes) {
			Optional<String> reason = denied(node, action);
			if (reason.isPresent()) {
				return reason;
			}
		}
		return Optional.empty();
	}

	private static void ask(ResourceNode node, ChangeAction action) {
		String key = node.context() + '\u0000' + action.verb() + '\u0000' + action.subresource() + '\u0000'
				+ node.kind().id() + '\u0000' + node.namespace();
		if (!asking.add(key)) {
			return;
		}
		Job job = new Job(ChangeMessages.job_permissions) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					Kube9Core.get().changes().access(node.context(), action.verb(), node.kind(), action.subresource(),
							node.namespace());
				} catch (KubeException e) {
					// The action stays enabled; doing it reports the classified failure.
				} finally {
					asking.remove(key);
				}
				reevaluate();
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == ChangeJobs.PERMISSIONS;
			}
		};
		job.setSystem(true);
		job.schedule();
	}

	private static void reevaluate() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> {
			if (display.isDisposed() || PlatformUI.getWorkbench().isClosing()) {
				return;
			}
			PlatformUI.getWorkbench().getService(IEvaluationService.class).requestEvaluation(PROPERTY);
			ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
			for (ChangeAction action : ChangeAction.values()) {
				commands.refreshElements(action.command(), null);
			}
		});
	}
}
