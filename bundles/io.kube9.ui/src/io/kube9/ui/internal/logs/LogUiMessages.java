package io.kube9.ui.internal.logs;

import org.eclipse.osgi.util.NLS;

/** The log consoles' and commands' texts (messages.properties beside this class). */
public final class LogUiMessages extends NLS {

	private static final String BUNDLE_NAME = "io.kube9.ui.internal.logs.messages"; //$NON-NLS-1$

	public static String notice_line;
	public static String console_ended;
	public static String target_label;
	public static String target_init;
	public static String target_ephemeral;
	public static String picker_title;
	public static String picker_message;
	public static String job_findContainers;
	public static String stop_label;
	public static String stop_tooltip;
	public static String options_title;
	public static String options_tail;
	public static String options_all;
	public static String options_since;
	public static String options_timestamps;
	public static String options_previous;
	public static String options_follow;

	static {
		NLS.initializeMessages(BUNDLE_NAME, LogUiMessages.class);
	}

	private LogUiMessages() {
	}
}
