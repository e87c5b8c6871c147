package io.kube9.core.internal.errors;

import org.eclipse.osgi.util.NLS;

/** User-facing texts of classified errors. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "io.kube9.core.internal.errors.messages";

	public static String authentication_message;
	public static String authentication_action;
	public static String permission_message;
	public static String permission_action;
	public static String notFound_message;
	public static String notFound_action;
	public static String timeout_message;
	public static String timeout_action;
	public static String server_message;
	public static String server_action;
	public static String refused_message;
	public static String refused_action;
	public static String dns_message;
	public static String dns_action;
	public static String tls_message;
	public static String tls_action;
	public static String credentialPlugin_message;
	public static String credentialPlugin_action;
	public static String kubeconfig_message;
	public static String kubeconfig_action;
	public static String kubectl_message;
	public static String kubectl_action;
	public static String unknown_message;
	public static String unknown_action;
	public static String expired_message;
	public static String expired_action;
	public static String conflict_message;
	public static String conflict_action;
	public static String invalid_message;
	public static String invalid_action;
	public static String fallback_alsoFailed;
	public static String httpStatus;
	public static String kubectlExited;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
