package io.kube9.ui.tests;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISources;
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

	/** As {@link #run}, with the active shell the command sees given (one that is gone by then, say). */
	public static void runSeeingActiveShell(KubernetesExplorer explorer, String command, Shell activeShell,
			Object... selection) throws CommandException {
		select(explorer, selection);
		IHandlerService handlers = explorer.getSite().getService(IHandlerService.class);
		IEvaluationContext context = handlers.createContextSnapshot(true);
		context.addVariable(ISources.ACTIVE_SHELL_NAME, activeShell);
		handlers.executeCommandInContext(new ParameterizedCommand(
				explorer.getSite().getService(ICommandService.class).getCommand(command), null), null, context);
	}
}
