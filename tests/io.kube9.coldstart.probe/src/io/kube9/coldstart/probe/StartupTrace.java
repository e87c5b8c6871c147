package io.kube9.coldstart.probe;

import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * Copies the timestamps core took (only when started with {@code -Dkube9.trace=true}) into the report, after the
 * timed steps; reflection keeps the probe free of compile-time Kube9 classes.
 */
final class StartupTrace {

	private static final String TRACE_CLASS = "io.kube9.core.internal.trace.Trace";

	private StartupTrace() {
	}

	@SuppressWarnings("unchecked")
	static void copyInto(Report report) {
		Bundle core = Platform.getBundle("io.kube9.core");
		if (core == null || !Boolean.getBoolean("kube9.trace")) {
			return;
		}
		try {
			Map<String, Long> marks = (Map<String, Long>) core.loadClass(TRACE_CLASS).getMethod("marks").invoke(null);
			marks.forEach((name, nanos) -> report.put("trace." + name, nanos));
		} catch (ReflectiveOperationException | ClassCastException e) {
			report.put("trace.error", e.toString());
		}
	}
}
