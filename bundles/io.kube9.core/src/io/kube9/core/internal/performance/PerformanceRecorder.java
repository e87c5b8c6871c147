package io.kube9.core.internal.performance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.performance.ContextPerformance;
import io.kube9.core.performance.PerformanceMonitor;

/**
 * Collects the engine's numbers per context, UI-free: the sources report each request, the service each cache
 * lookup, the live engine each reconnection. A request slower than the threshold is reported once to
 * {@code onSlow} (the engine logs it).
 */
public final class PerformanceRecorder implements PerformanceMonitor {

	private final Map<String, ContextRecorder> contexts = new ConcurrentHashMap<>();
	private final Supplier<Duration> slowThreshold;
	private final Consumer<SlowRequest> onSlow;

	public PerformanceRecorder(Supplier<Duration> slowThreshold, Consumer<SlowRequest> onSlow) {
		this.slowThreshold = slowThreshold;
		this.onSlow = onSlow;
	}

	/** @param failure the failure's class, or null when the request succeeded */
	public void request(String context, String kind, String backend, long latencyNanos, ErrorKind failure) {
		of(context).request(kind, backend, latencyNanos, failure);
		Duration threshold = slowThreshold.get();
		if (latencyNanos > threshold.toNanos()) {
			onSlow.accept(new SlowRequest(context, kind, backend, Duration.ofNanos(latencyNanos), threshold,
					failure != null));
		}
	}

	public void cacheLookup(String context, boolean hit) {
		of(context).cacheLookup(hit);
	}

	public void reconnect(String context) {
		of(context).reconnect();
	}

	@Override
	public List<ContextPerformance> statistics() {
		List<ContextPerformance> snapshot = new ArrayList<>();
		contexts.values().forEach(recorder -> snapshot.add(recorder.snapshot()));
		snapshot.sort(Comparator.comparing(ContextPerformance::context));
		return snapshot;
	}

	@Override
	public void reset() {
		contexts.clear();
	}

	private ContextRecorder of(String context) {
		ContextRecorder recorder = contexts.get(context);
		return recorder != null ? recorder : contexts.computeIfAbsent(context, ContextRecorder::new);
	}
}
