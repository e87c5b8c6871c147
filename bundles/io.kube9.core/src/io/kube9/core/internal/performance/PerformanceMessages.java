package io.kube9.core.internal.performance;

import org.eclipse.osgi.util.NLS;

/** What the engine logs about slow requests. */
public final class PerformanceMessages extends NLS {

	private static final String BUNDLE_NAME = "io.kube9.core.internal.performance.performancemessages";

	public static String slowRequest;
	public static String slowFailedRequest;

	static {
		NLS.initializeMessages(BUNDLE_NAME, PerformanceMessages.class);
	}

	private PerformanceMessages() {
	}
}
