package io.kube9.core.internal.logs;

import org.eclipse.osgi.util.NLS;

/** What log streams tell the user. */
public final class LogMessages extends NLS {

	private static final String BUNDLE_NAME = "io.kube9.core.internal.logs.messages"; //$NON-NLS-1$

	public static String log_stopped;
	public static String log_podGone;
	public static String log_podFinished;
	public static String log_complete;
	public static String log_dropped;
	public static String log_droppedQuietly;
	public static String log_resumed;
	public static String log_failed;
	public static String log_interrupted;
	public static String log_noPod;
	public static String log_noSelector;
	public static String kubectl_cannotRun;

	static {
		NLS.initializeMessages(BUNDLE_NAME, LogMessages.class);
	}

	private LogMessages() {
	}
}
