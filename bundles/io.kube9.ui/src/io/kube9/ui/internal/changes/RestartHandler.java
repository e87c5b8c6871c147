package io.kube9.ui.internal.changes;

import java.time.Duration;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.statushandlers.StatusManager;

import io.kube9.core.Kube9Core;
import io.kube9.core.changes.RolloutResult;
import io.kube9.ui.internal.handlers.HandlerShells;
import io.kube9.ui.internal.tree.ResourceNode;

/**
 * Restart: after a confirmation, a rollout restart (the pod template's restartedAt annotation), then the
 * rollout followed in the job's progress until it completes, fails or the user cancels the job; the outcome is
 * reported once.
 */
public final class RestartHandler extends AbstractHandler {

	public static final String TITLE = ChangeMessages.restart_title;
	/** Longer than a Deployment's default progress deadline would take to say it failed. */
	private static final Duration ROLLOUT_LIMIT = Duration.ofMinutes(11);

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerShells.of(event);
		List<ResourceNode> nodes = Selected.nodes(event, ChangeAction.RESTART);
		if (nodes.isEmpty()) {
			return null;
		}
		String names = String.join("\n", nodes.stream() //$NON-NLS-1$
				.map(node -> NLS.bind(ChangeMessages.delete_item, Selected.describe(node), node.context())).toList());
		if (new MessageDialog(shell, TITLE, null, NLS.bind(ChangeMessages.restart_question, names),
				MessageDialog.QUESTION, 1, ChangeMessages.restart_button, IDialogConstants.CANCEL_LABEL).open() != 0) {
			return null;
		}
		Display display = shell.getDisplay();
		for (ResourceNode node : nodes) {
			ChangeJob[] job = new ChangeJob[1];
			job[0] = new ChangeJob(NLS.bind(ChangeMessages.job_restart, Selected.describe(node)), monitor -> {
				Kube9Core.get().changes().restart(node.ref());
				TreeRefresh.after(display, node.getParent(), node.context(), true);
				RolloutResult result = Kube9Core.get().changes().awaitRollout(node.ref(), ROLLOUT_LIMIT,
						monitor::isCanceled, monitor::subTask);
				TreeRefresh.after(display, node.getParent(), node.context(), true);
				if (!result.complete()) {
					StatusManager.getManager().handle(new Status(IStatus.WARNING, "io.kube9.ui", //$NON-NLS-1$
							NLS.bind(ChangeMessages.restart_notComplete, Selected.describe(node), result.message())),
							StatusManager.SHOW | StatusManager.LOG);
				}
				job[0].setName(NLS.bind(ChangeMessages.job_restarted, Selected.describe(node), result.message()));
			});
			job[0].schedule();
		}
		return null;
	}
}
