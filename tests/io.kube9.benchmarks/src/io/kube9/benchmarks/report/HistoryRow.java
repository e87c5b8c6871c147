package io.kube9.benchmarks.report;

/**
 * One timing of one past run, as the history file keeps it.
 *
 * @param started   when the run began (ISO-8601), which tells runs apart
 * @param commit    the checkout's short commit id, or "unknown"
 * @param id        the measurement's stable key: {@code list.nodes.kubectl}
 * @param operation "list nodes"
 * @param variant   "kubectl", "API client, warm", ...
 * @param median    milliseconds
 * @param p90       milliseconds
 * @param runs      timed repetitions
 */
public record HistoryRow(String started, String commit, String id, String operation, String variant, double median,
		double p90, int runs) {

	/** The run this row belongs to. */
	public String run() {
		return started + " " + commit;
	}
}
