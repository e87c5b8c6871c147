package io.kube9.core.internal.performance;

import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;

import io.kube9.core.performance.RequestStatistics;

/** The requests of one kind through one backend in one context. */
final class RequestSeries {

	private final String kind;
	private final String backend;
	private final LongAdder count = new LongAdder();
	private final LongAdder errors = new LongAdder();
	private final LatencyReservoir latencies = new LatencyReservoir();

	RequestSeries(String kind, String backend) {
		this.kind = kind;
		this.backend = backend;
	}

	void record(long latencyNanos, boolean failed) {
		count.increment();
		if (failed) {
			errors.increment();
		}
		latencies.record(latencyNanos);
	}

	RequestStatistics snapshot() {
		long[] sorted = latencies.sorted();
		return new RequestStatistics(kind, backend, count.sum(), errors.sum(),
				Duration.ofNanos(LatencyReservoir.percentile(sorted, 50)),
				Duration.ofNanos(LatencyReservoir.percentile(sorted, 95)));
	}
}
