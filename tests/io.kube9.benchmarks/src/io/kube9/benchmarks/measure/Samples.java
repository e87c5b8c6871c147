package io.kube9.benchmarks.measure;

import java.util.Arrays;
import java.util.List;

/** Timings of one operation, in nanoseconds, and their order statistics. */
public final class Samples {

	private final long[] sorted;

	public Samples(List<Long> nanos) {
		if (nanos.isEmpty()) {
			throw new IllegalArgumentException("no samples");
		}
		sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
	}

	public int count() {
		return sorted.length;
	}

	public double medianMillis() {
		int n = sorted.length;
		double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
		return median / 1e6;
	}

	/** The nearest-rank 90th percentile: nine in ten samples took at most this long. */
	public double p90Millis() {
		return percentileMillis(90);
	}

	public double percentileMillis(int percent) {
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(0, rank - 1)] / 1e6;
	}

	public double minMillis() {
		return sorted[0] / 1e6;
	}

	public double maxMillis() {
		return sorted[sorted.length - 1] / 1e6;
	}

	@Override
	public String toString() {
		return String.format(java.util.Locale.ROOT, "median %.2f ms, p90 %.2f ms (n=%d, min %.2f, max %.2f)",
				medianMillis(), p90Millis(), count(), minMillis(), maxMillis());
	}

	long[] nanos() {
		return Arrays.copyOf(sorted, sorted.length);
	}
}
