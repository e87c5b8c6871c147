package io.kube9.core.internal.performance;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;

/**
 * Writes a slow request to the Eclipse log as a warning, once per request: its timing, context, kind and backend.
 * Only names go in; never a URL, a query or a credential.
 */
public final class SlowRequestLog {

	private SlowRequestLog() {
	}

	public static void log(SlowRequest slow) {
		ILog.of(SlowRequestLog.class).warn(message(slow));
	}

	static String message(SlowRequest slow) {
		return NLS.bind(slow.failed() ? PerformanceMessages.slowFailedRequest : PerformanceMessages.slowRequest,
				new Object[] { slow.kind(), slow.context(), slow.backend(), slow.took().toMillis(),
						slow.threshold().toMillis() });
	}
}
