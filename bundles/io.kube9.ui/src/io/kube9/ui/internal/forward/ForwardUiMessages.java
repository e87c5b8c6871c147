package io.kube9.ui.internal.forward;

import org.eclipse.osgi.util.NLS;

/** What the port-forward items, dialog and commands say. */
public final class ForwardUiMessages extends NLS {

	private static final String BUNDLE_NAME = "io.kube9.ui.internal.forward.messages"; //$NON-NLS-1$

	public static String node_forwards;
	public static String node_forward;
	public static String node_forwardOfService;
	public static String node_broken;
	public static String node_moving;
	public static String dialog_title;
	public static String dialog_message;
	public static String dialog_remotePort;
	public static String dialog_localPort;
	public static String dialog_notAPort;
	public static String dialog_localPortTaken;
	public static String job_ports;
	public static String job_start;
	public static String browser_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, ForwardUiMessages.class);
	}

	private ForwardUiMessages() {
	}
}
