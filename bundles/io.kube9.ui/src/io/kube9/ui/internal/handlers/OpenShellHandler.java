package io.kube9.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import io.kube9.core.shell.ShellRequest;
import io.kube9.ui.internal.shell.ShellView;
import io.kube9.ui.internal.tree.ResourceNode;

/** Open Shell: each selected pod gets a shell (its first running container's bash, else sh) in a terminal view. */
public final class OpenShellHandler extends AbstractHandler {

	public static final String COMMAND_ID = "io.kube9.ui.openShell"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
		for (ResourceNode pod : Selections.selected(event, ResourceNode.class)) {
			open(page, ShellRequest.defaultShell(pod.context(), pod.namespace(), pod.name()));
		}
		return null;
	}

	/** Opens a new terminal view for the shell; the exec itself starts in a job. */
	public static ShellView open(IWorkbenchPage page, ShellRequest request) throws ExecutionException {
		try {
			ShellView view = (ShellView) page.showView(ShellView.ID, Long.toString(System.nanoTime()),
					IWorkbenchPage.VIEW_ACTIVATE);
			view.start(request);
			return view;
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
	}
}
