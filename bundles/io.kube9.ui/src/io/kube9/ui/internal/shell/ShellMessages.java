package io.kube9.ui.internal.shell;

import org.eclipse.osgi.util.NLS;

final class ShellMessages extends NLS {

	private static final String BUNDLE_NAME = "io.kube9.ui.internal.shell.messages"; //$NON-NLS-1$

	public static String openJob_name;
	public static String findJob_name;
	public static String exited;
	public static String exitedCommand;
	public static String title;
	public static String titleCommand;
	public static String partNameCommand;
	public static String dialog_title;
	public static String dialog_message;
	public static String dialog_container;
	public static String dialog_containerNotRunning;
	public static String dialog_command;
	public static String dialog_commandHelp;

	static {
		NLS.initializeMessages(BUNDLE_NAME, ShellMessages.class);
	}

	private ShellMessages() {
	}
}
