package io.kube9.benchmarks;

import java.nio.file.Path;
import java.util.List;

import io.kube9.benchmarks.measure.Repetitions;
import io.kube9.benchmarks.measure.Results;
import io.kube9.benchmarks.scenarios.NamespaceSwitchScenario;
import io.kube9.benchmarks.scenarios.TreeScenario;
import io.kube9.benchmarks.support.BenchKubeconfigs;
import io.kube9.benchmarks.support.Explorer;
import io.kube9.core.Backend;
import io.kube9.core.Kube9Core;
import io.kube9.core.Settings;
import io.kube9.tests.cluster.SeededPod;

/**
 * The benchmarks of the Kubernetes Explorer in the real workbench, on the IDE's own engine: the tree through each
 * backend on 10 and 50 contexts, and Set as Active Namespace. The engine's settings are put back afterwards.
 */
final class UiBenchmarks {

	private final BenchKubeconfigs kubeconfigs;
	private final Results results;
	private final List<SeededPod> seededPods;

	/** @param seededPods the demo seed's pods in the cluster of {@code kubeconfigs} */
	UiBenchmarks(BenchKubeconfigs kubeconfigs, List<SeededPod> seededPods, Results results) {
		this.kubeconfigs = kubeconfigs;
		this.seededPods = seededPods;
		this.results = results;
	}

	void run() throws Exception {
		Kube9Core core = Kube9Core.get();
		Settings previous = core.settings();
		Explorer explorer = new Explorer();
		try {
			if (Parts.enabled("tree")) {
				Path ten = kubeconfigs.generate("kubeconfig-10", 10);
				Path fifty = kubeconfigs.generate("kubeconfig-50", 50);
				TreeScenario tree = new TreeScenario(core, explorer, results);
				// The workbench's own first-time costs (classes, images, JIT) go to neither backend.
				for (Backend backend : Backend.values()) {
					tree.warmUp(ten, 10, backend);
				}
				for (Backend backend : new Backend[] { Backend.API_CLIENT, Backend.KUBECTL }) {
					tree.run(ten, 10, backend, true, Repetitions.MEDIUM);
					tree.run(fifty, 50, backend, false, Repetitions.MEDIUM);
				}
				tree.viewCost(ten, 10, Repetitions.MEDIUM);
			}
			if (Parts.enabled("namespace")) {
				new NamespaceSwitchScenario(core, explorer, results, seededPods)
						.run(kubeconfigs.generate("kubeconfig-namespaces", 10), 10, Repetitions.MEDIUM);
			}
		} finally {
			explorer.close();
			core.applySettings(previous);
		}
	}
}
