package io.kube9.ui.internal.handlers;

import org.eclipse.swt.widgets.Shell;

import io.kube9.ui.internal.logs.LogOptions;
import io.kube9.ui.internal.logs.LogOptionsDialog;

/** Show Logs…: asks for the last lines, since when, timestamps, the previous instance and follow first. */
public final class ShowLogsWithOptionsHandler extends ShowLogsHandler {

	@Override
	protected LogOptions options(Shell shell) {
		return LogOptionsDialog.ask(shell);
	}
}
