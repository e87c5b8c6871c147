package io.kube9.benchmarks.scenarios;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.kube9.benchmarks.measure.Repetitions;
import io.kube9.benchmarks.measure.Results;
import io.kube9.benchmarks.measure.Trial;
import io.kube9.benchmarks.support.BenchKubeconfigs;
import io.kube9.benchmarks.support.ColdStart;
import io.kube9.benchmarks.support.Engines;
import io.kube9.benchmarks.support.Explorer;
import io.kube9.benchmarks.support.UiLoop;
import io.kube9.core.Backend;
import io.kube9.core.Kube9Core;
import io.kube9.core.resources.Category;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.tests.cluster.SeededPod;
import io.kube9.ui.internal.ExplorerCommands;
import io.kube9.ui.internal.tree.CategoryNode;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.KindNode;
import io.kube9.ui.internal.tree.ResourceNode;

/**
 * Set as Active Namespace in the explorer, back and forth between two namespaces of the demo seed: from running
 * the command on a namespace node until the cluster shows it (its label names the namespace, and its expanded
 * Pods shows that namespace's pods, listed anew). The other clusters are left alone.
 */
public final class NamespaceSwitchScenario {

	public static final String ID = "namespace.switch";
	public static final String OPERATION = "Set as Active Namespace → cluster refreshed";

	private static final ClusterNode CLUSTER = new ClusterNode(BenchKubeconfigs.contextName(0));
	private static final CategoryNode NAMESPACES = new CategoryNode(CLUSTER, Category.NAMESPACES);
	private static final KindNode PODS = new KindNode(new CategoryNode(CLUSTER, Category.WORKLOADS),
			ResourceKinds.PODS);

	private final Kube9Core core;
	private final Explorer explorer;
	private final Results results;
	private final List<SeededPod> seededPods;

	/** @param seededPods the demo seed's pods in the benchmark's cluster ({@code DemoSeed.pods(cluster)}) */
	public NamespaceSwitchScenario(Kube9Core core, Explorer explorer, Results results, List<SeededPod> seededPods) {
		this.core = core;
		this.explorer = explorer;
		this.results = results;
		this.seededPods = seededPods;
	}

	public void run(Path kubeconfig, int contexts, Repetitions repetitions) throws Exception {
		core.applySettings(Engines.settings(kubeconfig, Backend.API_CLIENT));
		explorer.close();
		ColdStart.reset(core);
		explorer.open();
		UiLoop.until("the clusters", () -> explorer.shown(null).size() == contexts);
		explorer.expandAndWait(CLUSTER);
		List<Object> namespaces = explorer.expandAndWait(NAMESPACES);
		explorer.expand(PODS.getParent());
		explorer.expandAndWait(PODS);

		List<String> targets = List.of("default", busiestOtherNamespace(namespaces));
		// Worked out beforehand: the condition is evaluated on the UI thread while the time runs.
		Map<String, Set<String>> expected = targets.stream()
				.collect(Collectors.toMap(namespace -> namespace, namespace -> seededPods.stream()
						.filter(pod -> pod.namespace().equals(namespace)).map(SeededPod::key).collect(Collectors.toSet())));
		int[] turn = { 0 };
		String[] target = new String[1];
		results.time(ID, OPERATION, Labels.API, repetitions, Trial.of(() -> {
			target[0] = targets.get(turn[0]++ % targets.size());
			explorer.select(node(namespaces, target[0]));
			UiLoop.dispatch();
		}, () -> {
			explorer.run(ExplorerCommands.SET_ACTIVE_NAMESPACE);
			UiLoop.until("the cluster to show namespace " + target[0],
					() -> shows(target[0], expected.get(target[0])));
		}));
		explorer.close();
	}

	/** The cluster's label names the namespace and Pods lists exactly its seeded pods. */
	private boolean shows(String namespace, Set<String> pods) {
		var item = explorer.item(CLUSTER);
		if (item == null || !item.getText().contains(namespace) || !explorer.loaded(PODS)) {
			return false;
		}
		Set<String> shown = explorer.shown(PODS).stream().filter(ResourceNode.class::isInstance)
				.map(node -> ((ResourceNode) node).namespace() + "/" + ((ResourceNode) node).name())
				.collect(Collectors.toSet());
		return shown.equals(pods);
	}

	/** Of the namespaces shown, the one with the most seeded pods, default aside. */
	private String busiestOtherNamespace(List<Object> shown) {
		Set<String> names = shown.stream().filter(ResourceNode.class::isInstance)
				.map(node -> ((ResourceNode) node).name()).collect(Collectors.toSet());
		return seededPods.stream().map(SeededPod::namespace)
				.filter(ns -> !ns.equals("default") && names.contains(ns))
				.collect(Collectors.groupingBy(ns -> ns, Collectors.counting())).entrySet().stream()
				.max(Map.Entry.comparingByValue()).orElseThrow().getKey();
	}

	private static ResourceNode node(List<Object> namespaces, String name) {
		return namespaces.stream().filter(ResourceNode.class::isInstance).map(ResourceNode.class::cast)
				.filter(node -> node.name().equals(name)).findFirst()
				.orElseThrow(() -> new IllegalStateException("no namespace " + name + " in the tree"));
	}
}
