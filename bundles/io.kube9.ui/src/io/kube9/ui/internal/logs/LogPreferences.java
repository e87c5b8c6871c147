package io.kube9.ui.internal.logs;

import org.eclipse.core.runtime.Platform;

/**
 * The log settings the user chose in Window > Preferences > Kubernetes (io.kube9.preferences owns them; the
 * explorer works with the defaults without it).
 */
public final class LogPreferences {

	public static final String NODE = "io.kube9.preferences"; //$NON-NLS-1$
	public static final String TAIL_LINES = "logTailLines"; //$NON-NLS-1$
	public static final int DEFAULT_TAIL_LINES = 1_000;

	private LogPreferences() {
	}

	/** How many of the last lines a new log console starts with. */
	public static int tailLines() {
		return Platform.getPreferencesService().getInt(NODE, TAIL_LINES, DEFAULT_TAIL_LINES, null);
	}
}
