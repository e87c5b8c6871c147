package io.kube9.benchmarks.report;

/**
 * One timing of one past run, as the history file keeps it.
 *
 * @param started   when the run began (ISO-8601), which tells runs apart
 * @param commit    the checkout's short commit id, or "unknown"
 * @param id        the measurement's stable key: {@code list.nodes.kubectl}
 * @param operation "list nodes"
 * @param variant   "kubectl", "API client, warm", ...
 * @param median    in {@code unit}: milliseconds for timings; a figure's value
 * @param p90       milliseconds; NaN for a figure
 * @param runs      timed repetitions; 0 for a figure
 * @param unit      "ms", "MB", empty for a count
 */
public record HistoryRow(String started, String commit, String id, String operation, String variant, double median,
		double p90, int runs, String unit) {

	/** Whether it is a time, which the history chart can draw on its axis. */
	public boolean isTime() {
		return "ms".equals(unit);
	}

	/** The run this row belongs to. */
	public String run() {
		return started + " " + commit;
	}
}
