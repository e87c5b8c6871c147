package io.kube9.benchmarks;

import java.util.List;

import io.kube9.benchmarks.measure.Repetitions;
import io.kube9.benchmarks.measure.Results;
import io.kube9.benchmarks.scenarios.CacheHeapScenario;
import io.kube9.benchmarks.scenarios.ContextSwitchScenario;
import io.kube9.benchmarks.scenarios.FirstLogLineScenario;
import io.kube9.benchmarks.scenarios.Labels;
import io.kube9.benchmarks.scenarios.LargeListScenario;
import io.kube9.benchmarks.scenarios.ListScenario;
import io.kube9.benchmarks.scenarios.WireScenario;
import io.kube9.benchmarks.support.BenchKubeconfigs;
import io.kube9.benchmarks.support.Engines;
import io.kube9.benchmarks.support.Kubectl;
import io.kube9.core.Backend;
import io.kube9.core.Kube9Core;
import io.kube9.core.logs.LogRequest;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.DemoSeed;
import io.kube9.tests.cluster.KubeletContent;
import io.kube9.tests.cluster.KubeletContent.Container;
import io.kube9.tests.cluster.SeededPod;
import io.kube9.tests.cluster.TestCluster;

/**
 * The benchmarks of core alone (no workbench): lists, the raw floor, the wire format per kind, context switches, the
 * large seed, heap.
 */
final class CoreBenchmarks {

	private final BenchKubeconfigs kubeconfigs;
	private final BenchKubeconfigs demoKubeconfigs;
	private final Results results;

	/**
	 * @param kubeconfigs     of the cluster with the demo and large seeds
	 * @param demoKubeconfigs of a cluster with the demo seed alone
	 */
	CoreBenchmarks(BenchKubeconfigs kubeconfigs, BenchKubeconfigs demoKubeconfigs, Results results) {
		this.kubeconfigs = kubeconfigs;
		this.demoKubeconfigs = demoKubeconfigs;
		this.results = results;
	}

	void run() throws Exception {
		var lists = kubeconfigs.copy("kubeconfig-lists");
		try (Kube9Core api = Engines.on(lists, Backend.API_CLIENT);
				Kube9Core kubectl = Engines.on(lists, Backend.KUBECTL)) {
			if (Parts.enabled("lists")) {
				ListScenario scenario = new ListScenario(api, kubectl, Contexts.ADMIN, results);
				scenario.run("nodes", Labels.LIST_NODES, ResourceKinds.NODES, Repetitions.MEDIUM, Repetitions.STEADY);
				scenario.run("namespaces", Labels.LIST_NAMESPACES, ResourceKinds.NAMESPACES, Repetitions.MEDIUM,
						Repetitions.STEADY);
				scenario.run("pods", Labels.LIST_PODS, ResourceKinds.PODS, Repetitions.SLOW, Repetitions.MEDIUM);
			}
			if (Parts.enabled("large")) {
				new LargeListScenario(api, Contexts.ADMIN, results).run(Repetitions.SLOW, Repetitions.MEDIUM);
			}
			if (Parts.enabled("wire")) {
				new WireScenario(api, Contexts.ADMIN, results).run();
			}
		}
		if (Parts.enabled("lists")) {
			demoPods();
		}
		if (Parts.enabled("switch")) {
			contextSwitch();
		}
		if (Parts.enabled("heap")) {
			heap();
		}
	}

	/** The first line of a followed log, on the demo cluster (its streaming container). */
	static void logs(BenchKubeconfigs demoKubeconfigs, TestCluster demoCluster, Results results) throws Exception {
		var logs = demoKubeconfigs.copy("kubeconfig-logs");
		Container where = KubeletContent.STREAMING.where();
		String pod = DemoSeed.pods(demoCluster).stream()
				.filter(seeded -> seeded.namespace().equals(where.namespace())
						&& seeded.name().startsWith(where.app() + "-"))
				.map(SeededPod::name).sorted().findFirst().orElseThrow();
		try (Kube9Core api = Engines.on(logs, Backend.API_CLIENT);
				Kube9Core kubectl = Engines.on(logs, Backend.KUBECTL)) {
			new FirstLogLineScenario(api, kubectl,
					LogRequest.following(Contexts.ADMIN, where.namespace(), pod, where.container(), 1), results)
					.run(Repetitions.MEDIUM);
		}
	}

	/** Pods in all namespaces of the demo seed alone (25 pods), the size of a small real cluster. */
	private void demoPods() throws Exception {
		var demo = demoKubeconfigs.copy("kubeconfig-demo");
		try (Kube9Core api = Engines.on(demo, Backend.API_CLIENT);
				Kube9Core kubectl = Engines.on(demo, Backend.KUBECTL)) {
			new ListScenario(api, kubectl, Contexts.ADMIN, results).run("demo-pods", Labels.LIST_DEMO_PODS,
					ResourceKinds.PODS, Repetitions.MEDIUM, Repetitions.FAST);
		}
	}

	private void contextSwitch() throws Exception {
		var switching = kubeconfigs.copy("kubeconfig-switch");
		try (Kube9Core api = Engines.on(switching, Backend.API_CLIENT);
				Kube9Core kubectl = Engines.on(switching, Backend.KUBECTL)) {
			new ContextSwitchScenario(api, kubectl, new Kubectl(switching), List.of(Contexts.ADMIN, Contexts.VIEWER),
					results).run(Repetitions.MEDIUM);
		}
	}

	private void heap() throws Exception {
		var heap = kubeconfigs.copy("kubeconfig-heap");
		try (Kube9Core api = Kube9Core.create(
				Engines.settings(heap, Backend.API_CLIENT).withCacheTimeToLive(CacheHeapScenario.TIME_TO_LIVE))) {
			new CacheHeapScenario(api, Contexts.ADMIN, results).run();
		}
	}
}
