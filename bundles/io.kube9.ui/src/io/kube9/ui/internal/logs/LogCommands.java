package io.kube9.ui.internal.logs;

/** The ids of the log commands, as plugin.xml declares them. */
public final class LogCommands {

	public static final String SHOW_LOGS = "io.kube9.ui.showLogs"; //$NON-NLS-1$
	public static final String SHOW_PREVIOUS_LOGS = "io.kube9.ui.showPreviousLogs"; //$NON-NLS-1$
	public static final String SHOW_LOGS_WITH_OPTIONS = "io.kube9.ui.showLogsWithOptions"; //$NON-NLS-1$

	private LogCommands() {
	}
}
