package io.kube9.core.internal.source;

import org.eclipse.osgi.util.NLS;

/** The comment above a Secret shown with its values decoded (secretvalues.properties). */
final class SecretValueMessages extends NLS {

	private static final String BUNDLE_NAME = "io.kube9.core.internal.source.secretvalues"; //$NON-NLS-1$

	public static String secretValues_decoded;
	public static String secretValues_binary;

	static {
		NLS.initializeMessages(BUNDLE_NAME, SecretValueMessages.class);
	}

	private SecretValueMessages() {
	}
}
