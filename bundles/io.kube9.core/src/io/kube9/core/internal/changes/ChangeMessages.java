package io.kube9.core.internal.changes;

import org.eclipse.osgi.util.NLS;

/** What changing objects tells the user. */
public final class ChangeMessages extends NLS {

	private static final String BUNDLE_NAME = "io.kube9.core.internal.changes.changemessages"; //$NON-NLS-1$

	public static String yaml_syntaxAt;
	public static String yaml_notAMapping;
	public static String yaml_notOneObject;
	public static String apply_outcomeUnknown;
	public static String apply_missingField;
	public static String apply_otherObject;
	public static String apply_changedSincePreview;
	public static String apply_conflicts;
	public static String apply_unknownKind;
	public static String apply_namespaceMissing;
	public static String access_denied;
	public static String access_deniedBecause;
	public static String access_inNamespace;
	public static String rollout_waiting;
	public static String rollout_complete;
	public static String rollout_failed;
	public static String rollout_timedOut;
	public static String rollout_cancelled;
	public static String rollout_notSupported;
	public static String scale_notSupported;
	public static String interrupted;

	static {
		NLS.initializeMessages(BUNDLE_NAME, ChangeMessages.class);
	}

	private ChangeMessages() {
	}
}
