package io.kube9.core.internal.forward;

import org.eclipse.osgi.util.NLS;

/** What port forwards tell the user. */
public final class ForwardMessages extends NLS {

	private static final String BUNDLE_NAME = "io.kube9.core.internal.forward.messages"; //$NON-NLS-1$

	public static String localPortTaken_message;
	public static String localPortTaken_action;
	public static String noReadyPod;
	public static String noSelector;
	public static String noServicePort;
	public static String processEnded;
	public static String localPortClosed;
	public static String podGone;
	public static String podNotReady;
	public static String noAnswer;
	public static String interrupted;
	public static String cannotRun;

	static {
		NLS.initializeMessages(BUNDLE_NAME, ForwardMessages.class);
	}

	private ForwardMessages() {
	}
}
