package io.kube9.ui.internal.changes;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import io.kube9.ui.internal.tree.ResourceNode;

/**
 * Edit YAML with Secret Values: one Secret, only after the user confirms (Cancel is the default); its values as
 * the server stores them (base64), in an editor titled so that it cannot pass for the masked one.
 */
public final class EditYamlWithSecretValuesHandler extends AbstractHandler {

	/** The question's title (tests find it by it). */
	public static final String TITLE = ChangeMessages.editSecret_title;

	@Override
	public Object execute(ExecutionEvent event) {
		List<ResourceNode> secrets = Selected.nodes(event, ChangeAction.EDIT_SECRET);
		if (secrets.size() != 1) {
			return null;
		}
		ResourceNode secret = secrets.get(0);
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		MessageDialog confirmation = new MessageDialog(window.getShell(), TITLE, null,
				NLS.bind(ChangeMessages.editSecret_question, secret.name()), MessageDialog.WARNING, 1,
				ChangeMessages.editSecret_button, IDialogConstants.CANCEL_LABEL);
		if (confirmation.open() == 0) {
			EditYamlHandler.open(window.getActivePage(), secret, true);
		}
		return null;
	}
}
