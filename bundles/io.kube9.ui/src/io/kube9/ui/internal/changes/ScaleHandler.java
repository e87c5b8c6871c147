package io.kube9.ui.internal.changes;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import io.kube9.core.Kube9Core;
import io.kube9.ui.internal.handlers.HandlerShells;
import io.kube9.ui.internal.tree.ResourceNode;

/**
 * Scale…: the desired replicas are read through the scale subresource in a job, the user gives the new count,
 * and another job sets it; the listing loads again.
 */
public final class ScaleHandler extends AbstractHandler {

	/** The title of the question (tests find the dialog by it). */
	public static final String TITLE = ChangeMessages.scale_title;

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerShells.of(event);
		Display display = shell.getDisplay();
		for (ResourceNode node : Selected.nodes(event, ChangeAction.SCALE)) {
			new ChangeJob(NLS.bind(ChangeMessages.job_readScale, node.name()), monitor -> {
				int replicas = Kube9Core.get().changes().replicas(node.ref());
				display.asyncExec(() -> ask(shell, node, replicas));
			}).schedule();
		}
		return null;
	}

	private static void ask(Shell shell, ResourceNode node, int current) {
		if (shell.isDisposed()) {
			return;
		}
		InputDialog dialog = new InputDialog(shell, TITLE,
				NLS.bind(ChangeMessages.scale_question, new Object[] { Selected.describe(node), node.context(), current }),
				Integer.toString(current), ScaleHandler::validate);
		if (dialog.open() != Window.OK) {
			return;
		}
		int replicas = Integer.parseInt(dialog.getValue().strip());
		Display display = shell.getDisplay();
		new ChangeJob(NLS.bind(ChangeMessages.job_scale, node.name(), replicas), monitor -> {
			Kube9Core.get().changes().scale(node.ref(), replicas);
			TreeRefresh.after(display, node.getParent(), node.context(), true);
		}).schedule();
	}

	private static String validate(String text) {
		try {
			return Integer.parseInt(text.strip()) >= 0 ? null : ChangeMessages.scale_notANumber;
		} catch (NumberFormatException e) {
			return ChangeMessages.scale_notANumber;
		}
	}
}
