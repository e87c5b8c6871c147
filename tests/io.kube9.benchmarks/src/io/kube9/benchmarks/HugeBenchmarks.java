package io.kube9.benchmarks;

import io.kube9.benchmarks.measure.Repetitions;
import io.kube9.benchmarks.measure.Results;
import io.kube9.benchmarks.measure.Section;
import io.kube9.benchmarks.scenarios.CacheHeapScenario;
import io.kube9.benchmarks.scenarios.HugeListScenario;
import io.kube9.benchmarks.scenarios.HugePagingScenario;
import io.kube9.benchmarks.scenarios.ToolkitFloorScenario;
import io.kube9.benchmarks.scenarios.WatchedPodsHeapScenario;
import io.kube9.benchmarks.support.BenchKubeconfigs;
import io.kube9.benchmarks.support.Engines;
import io.kube9.benchmarks.support.Explorer;
import io.kube9.core.Backend;
import io.kube9.core.Kube9Core;
import io.kube9.core.Settings;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.LargeSeed;

/**
 * Part "huge": the large seed at its largest (issue 18: 50,000 pods on 1,000 nodes, all in one namespace), through
 * core page by page, watched in one page, and paged and scrolled in the Explorer, whose paging is compared with a
 * plain tree's (the toolkit's floor). It runs only on a large seed bigger than the default one (system property
 * kube9.testCluster.large=maximum, or .pods=N for the largest the machine holds); otherwise the report says it did
 * not run.
 */
final class HugeBenchmarks {

	static final String PART = "huge";
	/** Pages shown in the Explorer: 10,000 pods at the default page size. */
	private static final int UI_PAGES = 20;
	/** Appends of the last page timed on the plain tree. */
	private static final int TOOLKIT_RUNS = 10;

	private final BenchKubeconfigs kubeconfigs;
	private final LargeSeed.Spec spec;
	private final Results results;

	HugeBenchmarks(BenchKubeconfigs kubeconfigs, LargeSeed.Spec spec, Results results) {
		this.kubeconfigs = kubeconfigs;
		this.spec = spec;
		this.results = results;
	}

	void run() throws Exception {
		if (spec.pods() <= LargeSeed.Spec.DEFAULT.pods()) {
			String why = "The large seed has " + spec.pods() + " pods, no more than the default: the part runs with"
					+ " -Dkube9.bench.jvmArgs=-Dkube9.testCluster.large=maximum (or .pods=N).";
			System.out.println("bench: part huge skipped. " + why);
			results.add(new Section("Part huge: not run", why + "\n"));
			return;
		}
		String namespace = LargeSeed.podsNamespace();
		try (Kube9Core api = Kube9Core.create(Engines.settings(kubeconfigs.copy("kubeconfig-huge"), Backend.API_CLIENT)
				.withCacheTimeToLive(CacheHeapScenario.TIME_TO_LIVE))) {
			new HugeListScenario(api, Contexts.ADMIN, results).run(namespace, Repetitions.MEDIUM,
					new Repetitions(1, 5));
		}
		try (Kube9Core engine = Kube9Core.create(Engines.settings(kubeconfigs.copy("kubeconfig-huge-watched"),
				Backend.API_CLIENT).withLiveUpdates(true, 100))) {
			WatchedPodsHeapScenario.forPods(engine, Contexts.ADMIN, results, "huge.watched", "huge: ", spec.pods())
					.run();
		}
		Kube9Core core = Kube9Core.get();
		Settings previous = core.settings();
		try {
			new HugePagingScenario(core, new Explorer(), results).run(kubeconfigs.copy("kubeconfig-huge-ui"),
					namespace, UI_PAGES, new Repetitions(1, 5));
		} finally {
			core.applySettings(previous);
		}
		int pageSize = previous.pageSize();
		new ToolkitFloorScenario(results).run((UI_PAGES - 1) * pageSize, pageSize, TOOLKIT_RUNS);
	}
}
