package io.kube9.core.internal.trace;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Timestamps of the first time each named step happened in this JVM, kept only when started with
 * {@code -Dkube9.trace=true} (the cold-start benchmark reads them); otherwise every call is a field read.
 */
public final class Trace {

	private static final boolean ON = Boolean.getBoolean("kube9.trace");
	private static final Map<String, Long> FIRST = ON ? new ConcurrentHashMap<>() : Map.of();

	private Trace() {
	}

	/** Notes {@link System#nanoTime()} for a step, unless it was noted before. */
	public static void mark(String step) {
		if (ON) {
			FIRST.putIfAbsent(step, System.nanoTime());
		}
	}

	/** Every step noted so far and its nanoTime. */
	public static Map<String, Long> marks() {
		return Map.copyOf(FIRST);
	}
}
