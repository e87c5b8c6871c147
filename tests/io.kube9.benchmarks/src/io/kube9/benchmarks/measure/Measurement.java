package io.kube9.benchmarks.measure;

/**
 * The timings of one variant of one operation.
 *
 * @param id        a stable key (CSV, targets, chart): {@code list.nodes.kubectl}
 * @param operation what was done, as the table names it: "list nodes"
 * @param variant   how: "kubectl", "API client, warm", "cache", ...
 * @param samples   the timed runs
 */
public record Measurement(String id, String operation, String variant, Samples samples) {
}
