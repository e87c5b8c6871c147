package io.kube9.core.performance;

import java.util.List;

/**
 * Request counts, latencies, cache use, watch reconnects and errors per context, collected by the engine as it
 * works. Reading is cheap and in memory (no request is made): fine for a view refreshed every second.
 */
public interface PerformanceMonitor {

	/** A snapshot, one entry per context that was used, sorted by context name. */
	List<ContextPerformance> statistics();

	/** Starts counting again from zero. */
	void reset();
}
