package io.kube9.ui.internal.logs;

import java.time.Duration;

import io.kube9.core.logs.LogRequest;
import io.kube9.core.logs.LogTarget;

/**
 * What the user asked to see of each chosen container.
 *
 * @param tailLines  the last lines to start with; {@link LogRequest#ALL_LINES} for all
 * @param previous   the instance before the last restart
 * @param timestamps keep each line's time
 * @param since      only lines younger than this, or null
 * @param follow     keep following new lines
 */
public record LogOptions(int tailLines, boolean previous, boolean timestamps, Duration since, boolean follow) {

	/** Show Logs: follow from the preference's last lines. */
	public static LogOptions following() {
		return new LogOptions(LogPreferences.tailLines(), false, false, null, true);
	}

	/** Show Previous Logs: the previous instance, whole. */
	public static LogOptions previousInstance() {
		return new LogOptions(LogRequest.ALL_LINES, true, false, null, false);
	}

	public LogRequest request(String context, LogTarget target) {
		return new LogRequest(context, target.namespace(), target.pod(), target.container(), tailLines, previous,
				timestamps, since, follow);
	}
}
