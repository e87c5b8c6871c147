package io.kube9.core.internal.source;

import org.eclipse.osgi.util.NLS;

/** What reading through kubectl or the API client tells the user when it fails. */
public final class SourceMessages extends NLS {

	private static final String BUNDLE_NAME = "io.kube9.core.internal.source.sourcemessages";

	public static String kubectl_notFound;
	public static String kubectl_timeout;
	public static String kubectl_cannotRun;
	public static String kubectl_outputUnreadable;
	public static String kubectl_outputUnreadableBecause;
	public static String api_emptyResponse;
	public static String interrupted;

	static {
		NLS.initializeMessages(BUNDLE_NAME, SourceMessages.class);
	}

	private SourceMessages() {
	}
}
