package io.kube9.preferences.internal.logs;

/**
 * The log settings in the node {@code io.kube9.preferences}. The explorer reads them by these names (it does
 * not depend on this bundle).
 */
public final class LogPreferenceKeys {

	/** How many of the last lines a new log console starts with; 0 shows only new lines. */
	public static final String TAIL_LINES = "logTailLines"; //$NON-NLS-1$
	public static final int DEFAULT_TAIL_LINES = 1_000;
	public static final int MAXIMUM_TAIL_LINES = 1_000_000;

	private LogPreferenceKeys() {
	}
}
