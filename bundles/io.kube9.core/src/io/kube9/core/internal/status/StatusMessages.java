package io.kube9.core.internal.status;

import org.eclipse.osgi.util.NLS;

/** Reasons shown for the operator's and ArgoCD's status. */
public final class StatusMessages extends NLS {

	private static final String BUNDLE_NAME = "io.kube9.core.internal.status.messages";

	public static String operator_noStatus;
	public static String operator_unparsable;
	public static String operator_missingFields;
	public static String operator_unknownMode;
	public static String operator_health;
	public static String operator_healthWithError;
	public static String operator_stale;
	public static String operator_unreadable;
	public static String cluster_unreachable;

	static {
		NLS.initializeMessages(BUNDLE_NAME, StatusMessages.class);
	}

	private StatusMessages() {
	}
}
