package io.kube9.core.kubeconfig;

import java.nio.file.Path;

/**
 * Something wrong with one kubeconfig file, or with one context in it. It stays local: the other files and
 * contexts load as usual.
 *
 * @param file        the file concerned
 * @param context     the context concerned, or null when it concerns the file or an entry of it
 * @param message     what is wrong, for the user (never contains credentials)
 * @param line        the line where the file's text is wrong (from 1), or 0 when no line is known
 * @param column      the column in that line (from 1), or 0 when none is known
 * @param fileSkipped whether the whole file is unusable (unreadable, not YAML, not a kubeconfig, or a configured
 *                    file that is missing), so none of its entries was loaded
 */
public record KubeconfigProblem(Path file, String context, String message, int line, int column,
		boolean fileSkipped) {

	/** A problem of a context or an entry, at no particular line; the rest of the file was loaded. */
	public KubeconfigProblem(Path file, String context, String message) {
		this(file, context, message, 0, 0, false);
	}

	/** A whole file that could not be used, at a line and column when known (0 when not). */
	public static KubeconfigProblem skippedFile(Path file, String message, int line, int column) {
		return new KubeconfigProblem(file, null, message, line, column, true);
	}
}
