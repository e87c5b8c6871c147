package io.kube9.benchmarks.measure;

/**
 * A part of the report that is neither a timing nor a figure: a breakdown table, for instance.
 *
 * @param title    its heading
 * @param markdown its body
 */
public record Section(String title, String markdown) {
}
