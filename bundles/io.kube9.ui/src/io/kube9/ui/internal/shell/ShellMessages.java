package io.kube9.ui.internal.shell;

import org.eclipse.osgi.util.NLS;

final class ShellMessages extends NLS {

	private static final String BUNDLE_NAME = "io.kube9.ui.internal.shell.messages"; //$NON-NLS-1$

	public static String openJob_name;
	public static String exited;
	public static String title;

	static {
		NLS.initializeMessages(BUNDLE_NAME, ShellMessages.class);
	}

	private ShellMessages() {
	}
}
