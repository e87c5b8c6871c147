package io.kube9.preferences.internal.logs;

import org.eclipse.osgi.util.NLS;

/** The Logs preference page's texts. */
public final class LogPreferenceMessages extends NLS {

	private static final String BUNDLE_NAME = "io.kube9.preferences.internal.logs.messages"; //$NON-NLS-1$

	public static String page_description;
	public static String tailLines_label;
	public static String tailLines_range;

	static {
		NLS.initializeMessages(BUNDLE_NAME, LogPreferenceMessages.class);
	}

	private LogPreferenceMessages() {
	}
}
