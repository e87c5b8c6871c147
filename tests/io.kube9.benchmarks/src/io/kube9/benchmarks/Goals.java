package io.kube9.benchmarks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kube9.benchmarks.report.Comparison;
import io.kube9.benchmarks.report.Expected;
import io.kube9.benchmarks.report.Target;
import io.kube9.benchmarks.scenarios.ColdStartScenario;
import io.kube9.benchmarks.scenarios.FirstLogLineScenario;
import io.kube9.benchmarks.scenarios.ForwardScenario;
import io.kube9.benchmarks.scenarios.Labels;
import io.kube9.benchmarks.scenarios.NamespaceSwitchScenario;
import io.kube9.benchmarks.scenarios.ShellScenario;
import io.kube9.benchmarks.scenarios.TreeScenario;
import io.kube9.core.Backend;

/** What the run is compared and judged by: kubectl against the API client, and the targets. */
final class Goals {

	static final List<Comparison> COMPARISONS = List.of(
			new Comparison(Labels.LIST_NODES, "list.nodes.kubectl", "list.nodes.api-warm", Expected.LIST_NODES),
			new Comparison(Labels.LIST_NAMESPACES, "list.namespaces.kubectl", "list.namespaces.api-warm", null),
			new Comparison(Labels.LIST_PODS, "list.pods.kubectl", "list.pods.api-warm", Expected.PODS_ALL_NAMESPACES),
			new Comparison(Labels.LIST_DEMO_PODS, "list.demo-pods.kubectl", "list.demo-pods.api-warm", null),
			new Comparison(Labels.CONTEXT_SWITCH, "switch.kubectl", "switch.api", Expected.CONTEXT_SWITCH),
			new Comparison(Labels.FIRST_LOG_LINE, FirstLogLineScenario.ID_KUBECTL, FirstLogLineScenario.ID_API, null),
			new Comparison(Labels.FORWARD_FIRST_BYTE, ForwardScenario.firstByteId(ActionBenchmarks.FORWARD_KUBECTL),
					ForwardScenario.firstByteId(ActionBenchmarks.FORWARD_CLIENT), null),
			new Comparison(Labels.FORWARD_GET, ForwardScenario.getId(ActionBenchmarks.FORWARD_KUBECTL),
					ForwardScenario.getId(ActionBenchmarks.FORWARD_CLIENT), null),
			new Comparison(Labels.SHELL_READY, ShellScenario.ID_READY_KUBECTL, ShellScenario.ID_READY_API, null),
			tree("open", "tree open, 10 contexts", 10, null),
			tree("open", "tree open, 50 contexts", 50, null),
			tree("expand", "first expansion of a cluster", 10, null),
			tree("pods", "Pods to items", 10, null),
			tree("load", "tree load, 10 contexts", 10, Expected.TREE_LOAD),
			tree("load", "tree load, 50 contexts", 50, Expected.TREE_LOAD),
			new Comparison("cold IDE: first expansion", ColdStartScenario.EXPAND_KUBECTL, ColdStartScenario.EXPAND_API,
					null),
			new Comparison("cold IDE: Pods listing", ColdStartScenario.PODS_KUBECTL, ColdStartScenario.PODS_API, null));

	static final List<Target> TARGETS = List.of(
			Target.ratioAtLeast("warm API client vs kubectl, list nodes", "list.nodes.kubectl", "list.nodes.api-warm",
					4),
			Target.ratioAtLeast("warm API client vs kubectl, list namespaces", "list.namespaces.kubectl",
					"list.namespaces.api-warm", 4),
			Target.ratioAtLeast("tree load vs a kubectl-based load of the same tree, 10 contexts",
					TreeScenario.id("load", 10, Backend.KUBECTL), TreeScenario.id("load", 10, Backend.API_CLIENT), 5),
			Target.ratioAtLeast("tree load vs a kubectl-based load of the same tree, 50 contexts",
					TreeScenario.id("load", 50, Backend.KUBECTL), TreeScenario.id("load", 50, Backend.API_CLIENT), 5),
			new Target("the Explorer's own cost to open over a plain Common Navigator, 10 contexts",
					results -> results.median(TreeScenario.WARM_OPEN) - results.median(TreeScenario.BASELINE_OPEN), "ms",
					5, false),
			Target.medianBelow("cached re-expansion (Pods collapsed and expanded)",
					TreeScenario.id("reexpand", 10, Backend.API_CLIENT), 5),
			Target.medianBelow("targeted namespace refresh (Set as Active Namespace)", NamespaceSwitchScenario.ID, 50),
			Target.ratioAtMost("API client over the raw HTTP floor, pods in all namespaces (large seed)",
					"list.pods.api-warm", "list.pods.floor", 1.5),
			// Issue 18: the wire format per kind, and the largest clusters.
			Target.medianBelow("pods in all namespaces (large seed), API client", "list.pods.api-warm", 170),
			Target.ratioAtMost("API client over its floor, list nodes", "list.nodes.api-warm", "list.nodes.floor", 1.2),
			Target.ratioAtMost("API client over its floor, list namespaces", "list.namespaces.api-warm",
					"list.namespaces.floor", 1.2),
			Target.medianBelow("huge: first page of 500 pods", "huge.firstPage", 40),
			Target.figureBelow("huge: UI thread's longest stall, paging", "huge.ui.pagingStall", "ms", 50),
			Target.figureBelow("huge: UI thread's longest stall, scrolling", "huge.ui.scrollStall", "ms", 50),
			Target.figureBelow("huge: cache heap per pod", "huge.namespace.heapPerPod", "bytes", 300),
			Target.medianBelow("cold first expansion in a fresh IDE, API client (one kubectl call)",
					ColdStartScenario.EXPAND_API, 150),
			new Target("our feature's cost to the IDE's start, Explorer closed",
					results -> results.median(ColdStartScenario.START_WITH)
							- results.median(ColdStartScenario.START_WITHOUT),
					"ms", 20, false),
			new Target("Kube9/OkHttp threads before the Explorer opens",
					results -> results.figure(ColdStartScenario.THREADS).map(f -> f.value()).orElse(Double.NaN),
					"threads", 1, false));

	/** The seed's figure per measurement id: both sides of each comparison, and the namespace refresh. */
	static Map<String, String> expectedById() {
		Map<String, String> expected = new HashMap<>();
		for (Comparison comparison : COMPARISONS) {
			if (comparison.expected() != null) {
				if (comparison.expected().before() != null) {
					expected.put(comparison.kubectlId(), comparison.expected().before());
				}
				expected.put(comparison.apiId(), comparison.expected().after());
			}
		}
		expected.put(NamespaceSwitchScenario.ID, Expected.NAMESPACE_REFRESH.after());
		return expected;
	}

	private static Comparison tree(String step, String label, int contexts, Expected expected) {
		return new Comparison(label, TreeScenario.id(step, contexts, Backend.KUBECTL),
				TreeScenario.id(step, contexts, Backend.API_CLIENT), expected);
	}

	private Goals() {
	}
}
