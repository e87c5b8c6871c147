package io.kube9.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The shell a command parents its dialogs on and posts its later work through. The active shell the command saw
 * can be gone by then (a dialog that just closed, where no window manager handed the activation back; a tool
 * tip): the workbench window's shell is the one that stays.
 */
public final class HandlerShells {

	private HandlerShells() {
	}

	public static Shell of(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window != null && window.getShell() != null && !window.getShell().isDisposed()) {
			return window.getShell();
		}
		return HandlerUtil.getActiveShell(event);
	}
}
