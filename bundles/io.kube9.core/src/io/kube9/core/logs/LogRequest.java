package io.kube9.core.logs;

import java.time.Duration;
import java.util.Objects;

/**
 * What to show of one container's log.
 *
 * @param context    the kubeconfig context
 * @param namespace  the pod's namespace
 * @param pod        the pod's name
 * @param container  the container's name (init and ephemeral containers included)
 * @param tailLines  how many of the last lines to start with; negative for the whole log
 * @param previous   the previous instance's log (a restarted container), which ends: never followed
 * @param timestamps whether each line keeps the time the container wrote it
 * @param since      only lines younger than this, or null
 * @param follow     keep the stream open for new lines (and resume it when it drops) until stopped or the pod
 *                   is gone
 */
public record LogRequest(String context, String namespace, String pod, String container, int tailLines,
		boolean previous, boolean timestamps, Duration since, boolean follow) {

	/** The whole log. */
	public static final int ALL_LINES = -1;

	public LogRequest {
		Objects.requireNonNull(context);
		Objects.requireNonNull(namespace);
		Objects.requireNonNull(pod);
		Objects.requireNonNull(container);
		if (since != null && (since.isNegative() || since.isZero())) {
			throw new IllegalArgumentException("since must be positive");
		}
	}

	/** Follows the current instance from its last {@code tailLines} lines, without timestamps. */
	public static LogRequest following(String context, String namespace, String pod, String container,
			int tailLines) {
		return new LogRequest(context, namespace, pod, container, tailLines, false, false, null, true);
	}

	/** Whether the stream stays open for new lines: a previous instance has none. */
	public boolean follows() {
		return follow && !previous;
	}

	/** "context/namespace/pod/container": how the console is named. */
	public String title() {
		return context + "/" + namespace + "/" + pod + "/" + container + (previous ? " (previous)" : ""); //$NON-NLS-1$
	}
}
