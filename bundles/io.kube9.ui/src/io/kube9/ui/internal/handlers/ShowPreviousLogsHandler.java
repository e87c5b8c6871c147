package io.kube9.ui.internal.handlers;

import org.eclipse.swt.widgets.Shell;

import io.kube9.ui.internal.logs.LogOptions;

/** Show Previous Logs: what the container's instance before its last restart wrote, whole. */
public final class ShowPreviousLogsHandler extends ShowLogsHandler {

	@Override
	protected LogOptions options(Shell shell) {
		return LogOptions.previousInstance();
	}
}
