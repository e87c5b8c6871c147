package io.kube9.benchmarks.report;

/**
 * What the project's seed expected for an operation, in milliseconds: the old way (a kubectl process per read)
 * and the API client. Printed beside the measured figures; null where the seed named no figure.
 *
 * @param before the old way, e.g. "200-500"
 * @param after  the API client, e.g. "50-100"
 */
public record Expected(String before, String after) {

	public static final Expected LIST_NODES = new Expected("200-500", "50-100");
	public static final Expected PODS_ALL_NAMESPACES = new Expected("500-1000", "100-200");
	public static final Expected TREE_LOAD = new Expected("1000-2000", "200-400");
	public static final Expected CONTEXT_SWITCH = new Expected("300-700", "50-150");
	public static final Expected NAMESPACE_REFRESH = new Expected(null, "50");

	/** "200-500 → 50-100 ms" */
	public String text() {
		return (before == null ? "" : before + " → ") + after + " ms";
	}
}
