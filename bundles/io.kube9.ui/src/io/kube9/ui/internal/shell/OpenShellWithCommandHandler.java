package io.kube9.ui.internal.shell;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.statushandlers.StatusManager;

import io.kube9.core.Kube9Core;
import io.kube9.core.shell.ShellTarget;
import io.kube9.core.shell.Shells;
import io.kube9.ui.internal.CommandJob;
import io.kube9.ui.internal.handlers.HandlerShells;
import io.kube9.ui.internal.handlers.OpenShellHandler;
import io.kube9.ui.internal.tree.ResourceNode;

/**
 * Open Shell With Command…: the pod's containers (and the remembered commands) are read in a job, then the dialog
 * asks which container and what to run; the command runs with a terminal in a new shell view.
 */
public final class OpenShellWithCommandHandler extends AbstractHandler {

	public static final String COMMAND_ID = "io.kube9.ui.openShellWithCommand"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerShells.of(event);
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
		if (!(HandlerUtil.getCurrentStructuredSelection(event).getFirstElement() instanceof ResourceNode pod)) {
			return null;
		}
		Kube9Core core = Kube9Core.get();
		new CommandJob(NLS.bind(ShellMessages.findJob_name, pod.name()), monitor -> {
			ShellTarget target = Shells.target(core, pod.context(), pod.namespace(), pod.name());
			List<String> history = ShellCommandHistory.commands();
			String lastContainer = ShellCommandHistory.container();
			shell.getDisplay().asyncExec(() -> ask(shell, page, target, history, lastContainer));
		}).schedule();
		return null;
	}

	private static void ask(Shell shell, IWorkbenchPage page, ShellTarget target, List<String> history,
			String lastContainer) {
		if (shell.isDisposed()) {
			return;
		}
		ShellCommandDialog dialog = new ShellCommandDialog(shell, target, history, lastContainer);
		if (dialog.open() != Window.OK) {
			return;
		}
		try {
			OpenShellHandler.open(page, dialog.request());
		} catch (ExecutionException e) {
			StatusManager.getManager().handle(new Status(IStatus.ERROR, "io.kube9.ui", e.getMessage(), e), //$NON-NLS-1$
					StatusManager.SHOW | StatusManager.LOG);
		}
	}
}
