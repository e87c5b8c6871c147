package io.kube9.core.internal.shell;

import org.eclipse.osgi.util.NLS;

/** The shell's messages in core (CommandLines in the API package uses them too). */
public final class ShellMessages extends NLS {

	private static final String BUNDLE_NAME = "io.kube9.core.internal.shell.messages"; //$NON-NLS-1$

	public static String noShell_message;
	public static String noShell_action;
	public static String lost_message;
	public static String lost_action;
	public static String terminated_message;
	public static String notRunning_message;
	public static String notRunning_action;
	public static String noContainer_message;
	public static String commandLine_unclosedQuote;
	public static String commandLine_trailingBackslash;
	public static String execForbidden_detail;

	static {
		NLS.initializeMessages(BUNDLE_NAME, ShellMessages.class);
	}

	private ShellMessages() {
	}
}
