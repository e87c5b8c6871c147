package io.kube9.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.benchmarks.measure.Repetitions;
import io.kube9.benchmarks.measure.Results;
import io.kube9.benchmarks.report.BarChart;
import io.kube9.benchmarks.report.CsvReport;
import io.kube9.benchmarks.report.History;
import io.kube9.benchmarks.report.HistoryChart;
import io.kube9.benchmarks.report.MarkdownReport;
import io.kube9.benchmarks.report.RunInfo;
import io.kube9.benchmarks.scenarios.ColdStartScenario;
import io.kube9.benchmarks.scenarios.EventStormScenario;
import io.kube9.benchmarks.scenarios.LiveScenario;
import io.kube9.benchmarks.scenarios.WatchedPodsHeapScenario;
import io.kube9.benchmarks.support.BenchKubeconfigs;
import io.kube9.benchmarks.support.Engines;
import io.kube9.benchmarks.support.Explorer;
import io.kube9.benchmarks.support.Kubectl;
import io.kube9.benchmarks.support.ProductInstallation;
import io.kube9.core.Backend;
import io.kube9.core.Kube9Core;
import io.kube9.core.Settings;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.DemoSeed;
import io.kube9.tests.cluster.Seed;
import io.kube9.tests.cluster.SharedTestCluster;
import io.kube9.tests.cluster.TemporaryNamespace;
import io.kube9.tests.cluster.TestCluster;
import io.kubernetes.client.openapi.apis.CoreV1Api;

/**
 * The benchmark run, started by ./bench.sh as this bundle's only test: the real test cluster with the demo and
 * large seeds (and one with the demo seed alone, for a small cluster's pods), core's benchmarks, the
 * workbench's, the largest seed's (part huge, when the large seed is larger than the default), then fresh IDE
 * starts on the demo cluster; the report goes to {@value #OUT_PROPERTY} (results.md, results.csv, chart.png,
 * history.png) and to stdout; the timings are appended to {@value #HISTORY_PROPERTY}
 * (history/results-history.csv). It never fails on a time: targets are reported, not asserted.
 */
class RunBenchmarks {

	static final String OUT_PROPERTY = "kube9.bench.out";
	/** The history of every run's timings, outside target/ so that a clean build keeps it. */
	static final String HISTORY_PROPERTY = "kube9.bench.history";

	@TempDir
	Path directory;

	@Test
	void run() throws Exception {
		Instant started = Instant.now();
		String loadBefore = RunInfo.loadAverage();
		Path out = Path.of(System.getProperty(OUT_PROPERTY, "target/bench"));
		TestCluster demoCluster = SharedTestCluster.get(Seed.DEMO);
		BenchKubeconfigs demo = BenchKubeconfigs.of(demoCluster, directory.resolve("demo"));
		Results results = new Results();
		String described = describe(demoCluster);
		if (Parts.enabled("live")) {
			live(demoCluster, demo, results);
		}
		if (Parts.enabled("storm")) {
			storm(demoCluster, demo, results);
		}
		if (Parts.enabled("live")) {
			described = describe(watchedPodsHeap(results));
		}
		if (Parts.enabled("logs")) {
			CoreBenchmarks.logs(demo, demoCluster, results);
		}
		if (Parts.enabled("forward")) {
			ActionBenchmarks.forward(demo, demoCluster, results);
		}
		if (Parts.enabled("shell")) {
			ActionBenchmarks.shell(demo, demoCluster, results);
		}
		if (!Parts.onlyDemo()) {
			TestCluster cluster = SharedTestCluster.get(Seed.DEMO, Seed.LARGE);
			BenchKubeconfigs kubeconfigs = BenchKubeconfigs.of(cluster, directory);
			new CoreBenchmarks(kubeconfigs, demo, results).run();
			new UiBenchmarks(kubeconfigs, DemoSeed.pods(cluster), results).run();
			if (Parts.enabled(HugeBenchmarks.PART)) {
				new HugeBenchmarks(kubeconfigs, cluster.largeSpec(), results).run();
			}
			described = describe(cluster);
		}
		if (Parts.enabled("coldstart")) {
			// Fresh IDEs on the demo cluster, as ./run.sh --demo starts them; their logs stay beside the report.
			new ColdStartScenario(ProductInstallation.fromSystemProperties(), demoCluster.kubeconfigs().all(),
					Contexts.ADMIN, Files.createDirectories(out.resolveSibling("coldstart")), results)
					.run(Repetitions.COLD_STARTS.scaled().measured());
		}

		RunInfo info = new RunInfo(started, Instant.now(), Runtime.getRuntime().availableProcessors(), loadBefore,
				RunInfo.loadAverage(), described, kubectlVersion(demo.copy("kubeconfig-version")),
				System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
		write(results, info, out);
		history(results, started, out);
	}

	/** Appends this run to the history and draws the last runs side by side (history.png beside the report). */
	private static void history(Results results, Instant started, Path out) throws Exception {
		Path file = Path.of(System.getProperty(HISTORY_PROPERTY, "history/results-history.csv"));
		History.append(file, results, History.commit(Path.of("").toAbsolutePath()), started);
		new HistoryChart(History.read(file)).write(out.resolve("history.png"));
		System.out.println("bench: appended to " + file.toAbsolutePath() + "; last " + HistoryChart.RUNS
				+ " runs in " + out.toAbsolutePath() + "/history.png");
	}

	/** Live updates on the demo cluster: change to listener, and the cost of 50 and 100 live listings. */
	private static void live(TestCluster cluster, BenchKubeconfigs kubeconfigs, Results results) throws Exception {
		try (Kube9Core engine = Kube9Core.create(Engines.settings(kubeconfigs.copy("kubeconfig-live"),
				Backend.API_CLIENT).withLiveUpdates(true, 100));
				TemporaryNamespace namespace = cluster.temporaryNamespace("live-bench")) {
			new LiveScenario(engine, new CoreV1Api(cluster.adminClient()), Contexts.ADMIN, namespace.name(), results)
					.run(Math.max(10,
						(int) (100 * Double.parseDouble(System.getProperty(Repetitions.SCALE_PROPERTY, "1")))));
		}
	}

	/** The event storm in the workbench (part of live; the part storm runs it alone, for profiling). */
	private static void storm(TestCluster cluster, BenchKubeconfigs kubeconfigs, Results results) throws Exception {
		// The storm in the workbench, on the IDE's own engine; its settings are put back afterwards.
		Kube9Core core = Kube9Core.get();
		Settings previous = core.settings();
		try (TemporaryNamespace namespace = cluster.temporaryNamespace("live-storm")) {
			new EventStormScenario(core, new Explorer(), cluster.adminClient(), results)
					.run(kubeconfigs.copy("kubeconfig-storm"), namespace.name(), 100, 5_000, 10);
		} finally {
			core.applySettings(previous);
		}
	}

	/** The heap per watched pod, on the large seed (5,000 pods): the figure issue 14 asks for. */
	private TestCluster watchedPodsHeap(Results results) throws Exception {
		TestCluster cluster = SharedTestCluster.get(Seed.DEMO, Seed.LARGE);
		BenchKubeconfigs kubeconfigs = BenchKubeconfigs.of(cluster, directory.resolve("watched-pods"));
		try (Kube9Core engine = Kube9Core.create(Engines.settings(kubeconfigs.copy("kubeconfig-watched"),
				Backend.API_CLIENT).withLiveUpdates(true, 100))) {
			new WatchedPodsHeapScenario(engine, Contexts.ADMIN, results).run();
		}
		return cluster;
	}

	private static void write(Results results, RunInfo info, Path out) throws Exception {
		Files.createDirectories(out);
		MarkdownReport markdown = new MarkdownReport(results, Goals.COMPARISONS, Goals.TARGETS, Goals.expectedById(),
				info);
		String text = markdown.render();
		Files.writeString(out.resolve("results.md"), text, StandardCharsets.UTF_8);
		Files.writeString(out.resolve("results.csv"), CsvReport.render(results), StandardCharsets.UTF_8);
		new BarChart(results, Goals.COMPARISONS).write(out.resolve("chart.png"));
		System.out.println();
		System.out.println(text);
		System.out.println("bench: wrote " + out.toAbsolutePath() + "/{results.md,results.csv,chart.png}");
	}

	private static String describe(TestCluster cluster) {
		if (!cluster.seeds().contains(Seed.LARGE)) {
			return "the real test cluster (kube-apiserver + etcd on loopback), seeds " + cluster.seeds();
		}
		var spec = cluster.largeSpec();
		return "the real test cluster (kube-apiserver + etcd on loopback), seeds " + cluster.seeds() + "; large: "
				+ spec.nodes() + " nodes, " + spec.namespaces() + " namespaces, " + spec.pods()
				+ " pods; and a second one with the demo seed alone";
	}

	private static String kubectlVersion(Path kubeconfig) {
		try {
			String text = new String(new Kubectl(kubeconfig).run("version", "--client"), StandardCharsets.UTF_8);
			return text.lines().findFirst().orElse("unknown").trim();
		} catch (Exception e) {
			return "unknown (" + e.getMessage() + ")";
		}
	}
}
