package io.kube9.core.internal.shell;

import org.eclipse.osgi.util.NLS;

final class ShellMessages extends NLS {

	private static final String BUNDLE_NAME = "io.kube9.core.internal.shell.messages"; //$NON-NLS-1$

	public static String noShell_message;
	public static String noShell_action;
	public static String lost_message;
	public static String lost_action;
	public static String terminated_message;
	public static String terminated_action;
	public static String execForbidden_detail;

	static {
		NLS.initializeMessages(BUNDLE_NAME, ShellMessages.class);
	}

	private ShellMessages() {
	}
}
