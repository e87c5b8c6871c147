package io.kube9.ui.internal.describe;

import org.eclipse.osgi.util.NLS;

/** The description editor's texts. */
public final class DescribeUiMessages extends NLS {

	private static final String BUNDLE_NAME = "io.kube9.ui.internal.describe.messages"; //$NON-NLS-1$

	public static String editor_name;
	public static String editor_tooltip;
	public static String job_describe;

	static {
		NLS.initializeMessages(BUNDLE_NAME, DescribeUiMessages.class);
	}

	private DescribeUiMessages() {
	}
}
