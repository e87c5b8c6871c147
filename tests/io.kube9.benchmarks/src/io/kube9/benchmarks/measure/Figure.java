package io.kube9.benchmarks.measure;

/**
 * A measured quantity that is not a time (heap bytes, item counts).
 *
 * @param id    a stable key
 * @param label what it is
 * @param value the median of its runs
 * @param unit  "MB", "items", ...
 * @param note  how it was measured
 */
public record Figure(String id, String label, double value, String unit, String note) {
}
