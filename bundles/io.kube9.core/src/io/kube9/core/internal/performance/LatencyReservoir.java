package io.kube9.core.internal.performance;

import java.util.Arrays;

/**
 * The latest latencies of a series, in a fixed ring: recording is one store, no allocation; percentiles are
 * computed on demand over what the ring holds (the most recent {@link #CAPACITY} requests).
 */
final class LatencyReservoir {

	static final int CAPACITY = 1024;

	private final long[] nanos = new long[CAPACITY];
	private int next;
	private int size;

	synchronized void record(long latencyNanos) {
		nanos[next] = latencyNanos;
		next = (next + 1) % CAPACITY;
		if (size < CAPACITY) {
			size++;
		}
	}

	/** The held latencies, sorted ascending (a copy). */
	synchronized long[] sorted() {
		long[] copy = Arrays.copyOf(nanos, size);
		Arrays.sort(copy);
		return copy;
	}

	/** Nearest-rank percentile of sorted values; 0 when there are none. */
	static long percentile(long[] sorted, int percent) {
		if (sorted.length == 0) {
			return 0;
		}
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}
}
