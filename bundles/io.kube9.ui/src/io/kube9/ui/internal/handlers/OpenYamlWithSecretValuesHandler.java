package io.kube9.ui.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import io.kube9.core.Kube9Core;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.ui.internal.Messages;
import io.kube9.ui.internal.tree.ResourceNode;
import io.kube9.ui.internal.yaml.YamlEditors;

/** Open YAML with Secret Values: only for one Secret, only after the user confirms. */
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
		if (MessageDialog.openConfirm(window.getShell(), Messages.yaml_revealTitle,
				NLS.bind(Messages.yaml_revealQuestion, secret.name()))) {
			YamlEditors.open(Kube9Core.get(), secret.ref(), true, window.getActivePage()).schedule();
		}
		return null;
	}
}
