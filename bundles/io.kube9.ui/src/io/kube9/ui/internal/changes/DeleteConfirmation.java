package io.kube9.ui.internal.changes;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.kube9.ui.internal.tree.ResourceNode;

/**
 * Asks before deleting: the objects and their cluster are named, Cancel is the default; a namespace or a
 * cluster-scoped object (whose loss reaches furthest) is deleted only once its name was typed.
 */
public final class DeleteConfirmation {

	private DeleteConfirmation() {
	}

	/** The title of both questions (tests find the dialog by it). */
	public static final String TITLE = ChangeMessages.delete_title;

	static boolean confirm(Shell shell, List<ResourceNode> nodes) {
		for (ResourceNode node : nodes) {
			if (node.namespace() == null) {
				InputDialog typed = new InputDialog(shell, TITLE,
						NLS.bind(ChangeMessages.delete_typeName, Selected.describe(node), node.context()), "", //$NON-NLS-1$
						value -> value.equals(node.name()) ? null : ChangeMessages.delete_nameDiffers);
				if (typed.open() != Window.OK) {
					return false;
				}
			}
		}
		if (nodes.stream().allMatch(node -> node.namespace() == null)) {
			return true; // every name was typed: that was the question
		}
		String names = String.join("\n", nodes.stream() //$NON-NLS-1$
				.map(node -> NLS.bind(ChangeMessages.delete_item, Selected.describe(node), node.context())).toList());
		MessageDialog question = new MessageDialog(shell, TITLE, null, NLS.bind(ChangeMessages.delete_question, names),
				MessageDialog.WARNING, 1, ChangeMessages.delete_button, IDialogConstants.CANCEL_LABEL);
		return question.open() == 0;
	}
}
