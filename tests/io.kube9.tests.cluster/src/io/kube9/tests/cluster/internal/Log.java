package io.kube9.tests.cluster.internal;

import java.time.Duration;
import java.util.Locale;

/** Progress lines on stderr: stdout belongs to the demo launcher's KUBECONFIG= line. Never pass secrets here. */
public final class Log {

	private Log() {
	}

	public static void info(String format, Object... args) {
		System.err.println("[kube9-test-cluster] " + String.format(Locale.ROOT, format, args));
	}

	public static String seconds(Duration duration) {
		return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
	}
}
