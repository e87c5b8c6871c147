package io.kube9.ui.internal.handlers;

import io.kube9.core.logs.LogRequest;
import io.kube9.core.logs.LogTarget;

/** Show Previous Logs: what the container's instance before its last restart wrote, whole. */
public final class ShowPreviousLogsHandler extends ShowLogsHandler {

	@Override
	protected LogRequest request(String context, LogTarget target) {
		return new LogRequest(context, target.namespace(), target.pod(), target.container(), LogRequest.ALL_LINES,
				true, false, null, false);
	}
}
