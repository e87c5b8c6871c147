package io.kube9.ui.internal.performance;

import org.eclipse.osgi.util.NLS;

/** The Kubernetes Performance view's words. */
public final class PerformanceMessages extends NLS {

	private static final String BUNDLE_NAME = "io.kube9.ui.internal.performance.performancemessages"; //$NON-NLS-1$

	public static String column_name;
	public static String column_backend;
	public static String column_count;
	public static String column_errors;
	public static String column_p50;
	public static String column_p95;
	public static String row_cacheHits;
	public static String row_cacheMisses;
	public static String row_watchReconnects;
	public static String row_errors;
	public static String row_cachedListings;
	public static String refreshJob_name;

	static {
		NLS.initializeMessages(BUNDLE_NAME, PerformanceMessages.class);
	}

	private PerformanceMessages() {
	}
}
