package io.kube9.ui.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import io.kube9.core.Kube9Core;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.ui.internal.Messages;
import io.kube9.ui.internal.tree.ResourceNode;
import io.kube9.ui.internal.yaml.YamlEditors;

/**
 * Open YAML with Secret Values: only for one Secret, only after the user confirms; the values are shown decoded
 * from base64, in an editor titled so that it cannot pass for the masked one.
 */
public final class OpenYamlWithSecretValuesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		List<ResourceNode> secrets = Selections.selected(event, ResourceNode.class).stream()
				.filter(node -> node.kind().equals(ResourceKinds.SECRETS)).toList();
		if (secrets.size() != 1) {
			return null;
		}
		ResourceNode secret = secrets.get(0);
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		// Cancel is the default: Enter alone never puts secret values on the screen.
		MessageDialog confirmation = new MessageDialog(window.getShell(), Messages.yaml_revealTitle, null,
				NLS.bind(Messages.yaml_revealQuestion, secret.name(), NLS.bind(Messages.yaml_decodedName,
						secret.name() + ".yaml")), //$NON-NLS-1$
				MessageDialog.WARNING, 1, Messages.yaml_revealButton, IDialogConstants.CANCEL_LABEL);
		if (confirmation.open() == 0) {
			YamlEditors.open(Kube9Core.get(), secret.ref(), true, window.getActivePage()).schedule();
		}
		return null;
	}
}
