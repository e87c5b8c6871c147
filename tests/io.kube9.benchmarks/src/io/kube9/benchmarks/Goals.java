package io.kube9.benchmarks;

import java.util.List;

import io.kube9.benchmarks.report.Comparison;
import io.kube9.benchmarks.report.Expected;
import io.kube9.benchmarks.report.Target;
import io.kube9.benchmarks.scenarios.Labels;

/** What the run is compared and judged by: kubectl against the API client, and the targets. */
final class Goals {

	static final List<Comparison> COMPARISONS = List.of(
			new Comparison(Labels.LIST_NODES, "list.nodes.kubectl", "list.nodes.api-warm", Expected.LIST_NODES),
			new Comparison(Labels.LIST_NAMESPACES, "list.namespaces.kubectl", "list.namespaces.api-warm", null),
			new Comparison(Labels.LIST_PODS, "list.pods.kubectl", "list.pods.api-warm", Expected.PODS_ALL_NAMESPACES),
			new Comparison(Labels.CONTEXT_SWITCH, "switch.kubectl", "switch.api", Expected.CONTEXT_SWITCH));

	static final List<Target> TARGETS = List.of(
			Target.ratioAtLeast("warm API client vs kubectl, list nodes", "list.nodes.kubectl", "list.nodes.api-warm",
					4),
			Target.ratioAtLeast("warm API client vs kubectl, list namespaces", "list.namespaces.kubectl",
					"list.namespaces.api-warm", 4),
			Target.ratioAtMost("API client over the raw HTTP floor, pods in all namespaces (large seed)",
					"list.pods.api-warm", "list.pods.floor", 1.5));

	private Goals() {
	}
}
