package io.kube9.core.internal.client;

import org.eclipse.osgi.util.NLS;

/** What building a client and running credential plugins tell the user. */
public final class ClientMessages extends NLS {

	private static final String BUNDLE_NAME = "io.kube9.core.internal.client.messages";

	public static String plugin_notFound;
	public static String plugin_timeout;
	public static String plugin_outputLeftOpen;
	public static String plugin_cannotRun;
	public static String plugin_interrupted;
	public static String plugin_exited;
	public static String plugin_failed;
	public static String plugin_noOutput;
	public static String plugin_notJson;
	public static String plugin_notExecCredential;
	public static String plugin_wrongApiVersion;
	public static String plugin_noStatus;
	public static String plugin_unreadableField;
	public static String plugin_noCredential;
	public static String plugin_certificateWithoutKey;
	public static String plugin_keyWithoutCertificate;
	public static String plugin_expired;
	public static String plugin_badExpiration;
	public static String client_buildTooSlow;
	public static String client_interrupted;
	public static String client_certificatesUnusable;
	public static String client_authProviderFailed;
	public static String client_noServer;
	public static String client_badProxyUrl;
	public static String client_notBase64;
	public static String client_fileMissing;
	public static String client_fileUnreadable;

	static {
		NLS.initializeMessages(BUNDLE_NAME, ClientMessages.class);
	}

	private ClientMessages() {
	}
}
