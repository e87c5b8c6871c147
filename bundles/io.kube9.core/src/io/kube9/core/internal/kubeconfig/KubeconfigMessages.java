package io.kube9.core.internal.kubeconfig;

import org.eclipse.osgi.util.NLS;

/** What reading and writing kubeconfig files tell the user. */
public final class KubeconfigMessages extends NLS {

	private static final String BUNDLE_NAME = "io.kube9.core.internal.kubeconfig.messages";

	public static String write_failed;
	public static String write_failedAction;
	public static String write_cannot;
	public static String write_cannotAction;
	public static String write_locked;
	public static String write_lockedAction;
	public static String write_readOnly;
	public static String write_readsBroken;
	public static String write_keepsChanging;
	public static String write_interrupted;

	static {
		NLS.initializeMessages(BUNDLE_NAME, KubeconfigMessages.class);
	}

	private KubeconfigMessages() {
	}
}
