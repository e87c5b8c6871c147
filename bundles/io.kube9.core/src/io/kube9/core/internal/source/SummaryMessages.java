package io.kube9.core.internal.source;

import org.eclipse.osgi.util.NLS;

/** Words of the status summaries. */
public final class SummaryMessages extends NLS {

	private static final String BUNDLE_NAME = "io.kube9.core.internal.source.messages";

	public static String pod_ready;
	public static String pod_restarts;
	public static String replicas_ready;
	public static String job_completions;
	public static String job_failed;
	public static String cronjob_suspended;

	static {
		NLS.initializeMessages(BUNDLE_NAME, SummaryMessages.class);
	}

	private SummaryMessages() {
	}
}
