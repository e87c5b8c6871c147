package io.kube9.ui.tests;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

import io.kube9.ui.internal.view.KubernetesExplorer;

/** Runs explorer commands the way a menu item does: on the selection, with the explorer active. */
public final class Commands {

	private Commands() {
	}

	public static void select(KubernetesExplorer explorer, Object... elements) {
		explorer.getSite().getPage().activate(explorer);
		explorer.getCommonViewer().setSelection(new StructuredSelection(elements), true);
	}

	/** Whether the command's handler is enabled for the current selection. */
	public static boolean enabled(String command) {
		return PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(command).isEnabled();
	}

	public static void run(KubernetesExplorer explorer, String command, Object... selection) throws CommandException {
		select(explorer, selection);
		explorer.getSite().getService(IHandlerService.class).executeCommand(command, null);
	}
}
