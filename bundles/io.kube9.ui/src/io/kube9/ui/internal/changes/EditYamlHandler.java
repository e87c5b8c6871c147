package io.kube9.ui.internal.changes;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.statushandlers.StatusManager;

import io.kube9.core.Kube9Core;
import io.kube9.core.changes.EditableObject;
import io.kube9.ui.internal.tree.ResourceNode;

/**
 * Edit YAML: each selected object is read in a job (managedFields and status left out, a Secret's values masked:
 * left masked, they are applied as they are on the server) and opened in an editor whose Save compares and
 * applies.
 */
public final class EditYamlHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
		for (ResourceNode node : Selected.nodes(event, ChangeAction.EDIT)) {
			open(page, node, false);
		}
		return null;
	}

	static void open(IWorkbenchPage page, ResourceNode node, boolean revealSecretValues) {
		Display display = page.getWorkbenchWindow().getShell().getDisplay();
		new ChangeJob(NLS.bind(ChangeMessages.job_openForEdit, node.name()), monitor -> {
			EditableObject object = Kube9Core.get().changes().openForEdit(node.ref(), revealSecretValues);
			EditYamlInput input = new EditYamlInput(object, node.getParent());
			display.asyncExec(() -> show(page, input));
		}).schedule();
	}

	private static void show(IWorkbenchPage page, EditYamlInput input) {
		if (page.getWorkbenchWindow().getShell() == null || page.getWorkbenchWindow().getShell().isDisposed()) {
			return;
		}
		try {
			page.openEditor(input, YamlEditEditor.ID);
		} catch (PartInitException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
		}
	}
}
