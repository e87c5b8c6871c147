package io.kube9.ui.internal.performance;

import java.util.List;

/**
 * One line of the Kubernetes Performance view, its cells already formatted. Values: two rows are equal when they
 * show the same, so a refresh that changes nothing redraws nothing.
 *
 * @param id       stable across refreshes (keeps the expansion): "context", "context/pods/api-client", …
 * @param name     the first column: a context, a kind, "Cache hits", "Errors: REFUSED", …
 * @param backend  "api-client", "kubectl" or empty
 * @param count    requests, lookups or occurrences; empty where nothing is counted
 * @param errors   failed requests; empty where it does not apply
 * @param p50      median latency in milliseconds, or empty
 * @param p95      95th percentile latency in milliseconds, or empty
 * @param children the rows below this one
 */
public record PerformanceRow(String id, String name, String backend, String count, String errors, String p50,
		String p95, List<PerformanceRow> children) {

	public PerformanceRow {
		children = List.copyOf(children);
	}

	static PerformanceRow counter(String id, String name, long count) {
		return new PerformanceRow(id, name, "", Long.toString(count), "", "", "", List.of());
	}

	/** The text of a column, 0 to 5 in the view's order. */
	public String column(int index) {
		return switch (index) {
		case 0 -> name;
		case 1 -> backend;
		case 2 -> count;
		case 3 -> errors;
		case 4 -> p50;
		case 5 -> p95;
		default -> "";
		};
	}
}
