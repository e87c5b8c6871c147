package io.kube9.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.dialogs.PreferencesUtil;

import io.kube9.ui.internal.ExplorerCommands;

/** Opens Window > Preferences > Kubernetes, where the kubeconfig files and the backend are chosen. */
public final class OpenPreferencesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		PreferencesUtil.createPreferenceDialogOn(HandlerShells.of(event), ExplorerCommands.PREFERENCE_PAGE,
				new String[] { ExplorerCommands.PREFERENCE_PAGE }, null).open();
		return null;
	}
}
