package io.kube9.benchmarks.scenarios;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.kube9.benchmarks.measure.Figure;
import io.kube9.benchmarks.measure.Measurement;
import io.kube9.benchmarks.measure.Results;
import io.kube9.benchmarks.measure.Samples;
import io.kube9.benchmarks.measure.Section;
import io.kube9.benchmarks.support.ClassLoadLog;
import io.kube9.benchmarks.support.ProductInstallation;
import io.kube9.benchmarks.support.WorkbenchProcess;
import io.kube9.benchmarks.support.WorkbenchProcess.Outcome;

/**
 * The first thing a user does after starting the IDE, each time in a new JVM running the materialized product:
 * the workbench restores the Explorer open, settles, then the current cluster is expanded (timed until its first
 * category row is painted) and then Workloads > Pods (until the first pod row is painted); through the API client
 * and through kubectl (the backend preference comes from a plugin_customization file). Also what the feature
 * costs the IDE's start while the Explorer is closed: starts with and without our bundles, and which Kube9 or
 * HTTP threads exist then.
 */
public final class ColdStartScenario {

	public static final String EXPAND_API = "coldstart.expand.api";
	public static final String EXPAND_KUBECTL = "coldstart.expand.kubectl";
	public static final String PODS_API = "coldstart.pods.api";
	public static final String PODS_KUBECTL = "coldstart.pods.kubectl";
	public static final String START_WITH = "coldstart.start.with";
	public static final String START_WITHOUT = "coldstart.start.without";
	public static final String THREADS = "coldstart.threads";

	private static final String TRACE = "-Dkube9.trace=true";
	private static final String WITH = "with Kube9, Explorer closed";
	private static final String WITHOUT = "without Kube9";

	private final ProductInstallation installation;
	private final WorkbenchProcess workbench;
	private final String context;
	private final Path directory;
	private final Results results;
	private int started;

	/**
	 * @param kubeconfig what the started IDEs see (the demo cluster's, as ./run.sh --demo gives it)
	 * @param context    its current context
	 */
	public ColdStartScenario(ProductInstallation installation, Path kubeconfig, String context, Path directory,
			Results results) {
		this.installation = installation;
		this.workbench = new WorkbenchProcess(installation, kubeconfig);
		this.context = context;
		this.directory = directory;
		this.results = results;
	}

	/** @param starts fresh starts per variant (at least five) */
	public void run(int starts) throws Exception {
		ProductInstallation.deleteTree(directory);
		Files.createDirectories(directory);
		Path withFeature = installation.configuration(directory.resolve("configuration-with"), true);
		Path withoutFeature = installation.configuration(directory.resolve("configuration-without"), false);
		// Workspaces as a user leaves them, each made by one untimed start (which also fills the OSGi caches).
		Path open = prepare("workspace-open", withFeature, "PREPARE_OPEN");
		Path closed = prepare("workspace-closed", withFeature, "PREPARE_CLOSED");
		Path bare = prepare("workspace-bare", withoutFeature, "PREPARE_CLOSED");
		Path kubectl = customization("kubectl.ini", "io.kube9.preferences/backend=kubectl");

		Map<String, List<Outcome>> expansions = new LinkedHashMap<>();
		expansions.put(Labels.API, new ArrayList<>());
		expansions.put(Labels.KUBECTL, new ArrayList<>());
		List<Outcome> with = new ArrayList<>();
		List<Outcome> without = new ArrayList<>();
		// Variants take turns, so that a noisy minute spreads over all of them.
		for (int i = 0; i < starts; i++) {
			expansions.get(Labels.API).add(expand(open, withFeature, null, List.of(TRACE)));
			expansions.get(Labels.KUBECTL).add(expand(open, withFeature, kubectl, List.of(TRACE)));
			with.add(idle(closed, withFeature));
			without.add(idle(bare, withoutFeature));
		}
		record(expansions.get(Labels.API), Labels.API, EXPAND_API, PODS_API, "coldstart.idle.api");
		record(expansions.get(Labels.KUBECTL), Labels.KUBECTL, EXPAND_KUBECTL, PODS_KUBECTL,
				"coldstart.idle.kubectl");
		recordStarts(with, without);

		Map<String, ClassLoadLog.Window> classes = new LinkedHashMap<>();
		classes.put(Labels.API, profile(open, withFeature, null, "api"));
		classes.put(Labels.KUBECTL, profile(open, withFeature, kubectl, "kubectl"));
		results.add(new Section("Cold first expansion: where the time goes",
				"Fresh IDE starts on the demo cluster (" + starts + " per variant), the Explorer restored open, "
						+ "the workbench idle before each step.\n\n" + ColdStartPhases.tables(expansions)
						+ "\n**Classes loaded during the first expansion** (one more start per variant, with "
						+ "`-Xlog:class+load`; the log slows that start, so its window is longer than the timed "
						+ "ones)\n\n" + ColdStartPhases.classLoads(classes, 25)));
	}

	private Outcome expand(Path template, Path configuration, Path customization, List<String> options)
			throws Exception {
		return workbench.start(configuration, copy(template), "EXPAND", customization,
				withContext(options), log("expand"));
	}

	private Outcome idle(Path template, Path configuration) throws Exception {
		return workbench.start(configuration, copy(template), "IDLE", null, List.of(), log("idle"));
	}

	private ClassLoadLog.Window profile(Path template, Path configuration, Path customization, String name)
			throws Exception {
		Path log = directory.resolve("class-load-" + name + ".log");
		Files.deleteIfExists(log);
		expand(template, configuration, customization, List.of(TRACE, ClassLoadLog.option(log)));
		return ClassLoadLog.between(log, "io.kube9.coldstart.probe.Markers$ExpandStart",
				"io.kube9.coldstart.probe.Markers$ExpandPainted");
	}

	private void record(List<Outcome> outcomes, String variant, String expandId, String podsId, String idleId) {
		results.add(new Measurement(expandId, "cold IDE: first expansion → categories painted", variant,
				samples(outcomes, "expand.start", "expand.painted")));
		results.add(new Measurement(podsId, "cold IDE: then Pods → first pod painted", variant,
				samples(outcomes, "pods.start", "pods.painted")));
		List<Long> idle = outcomes.stream().map(outcome -> outcome.sinceLaunch("startup.idle")).toList();
		results.add(new Measurement(idleId, "IDE start → idle, Explorer restored open", variant, new Samples(idle)));
	}

	private void recordStarts(List<Outcome> with, List<Outcome> without) {
		results.add(new Measurement(START_WITH, "IDE start → workbench up", WITH, up(with)));
		results.add(new Measurement(START_WITHOUT, "IDE start → workbench up", WITHOUT, up(without)));
		results.add(new Measurement("coldstart.idle.with", "IDE start → idle", WITH,
				new Samples(with.stream().map(outcome -> outcome.sinceLaunch("startup.idle")).toList())));
		results.add(new Measurement("coldstart.idle.without", "IDE start → idle", WITHOUT,
				new Samples(without.stream().map(outcome -> outcome.sinceLaunch("startup.idle")).toList())));
		TreeSet<String> threads = new TreeSet<>();
		TreeSet<String> bundles = new TreeSet<>();
		for (Outcome outcome : with) {
			for (String name : outcome.text("threads.kube9").split(",")) {
				if (!name.isBlank()) {
					threads.add(name);
				}
			}
			bundles.add(outcome.text("bundles.kube9"));
		}
		results.add(new Figure(THREADS, "Kube9/OkHttp threads, Explorer closed, workbench idle", threads.size(),
				"threads", (threads.isEmpty() ? "none" : String.join(" ", threads)) + "; our bundles: "
						+ String.join(" / ", bundles)));
	}

	/** From the launch to the first turn of the UI thread after the workbench's early startup. */
	private static Samples up(List<Outcome> outcomes) {
		return new Samples(outcomes.stream().map(outcome -> outcome.sinceLaunch("startup.ui")).toList());
	}

	private static Samples samples(List<Outcome> outcomes, String from, String to) {
		return new Samples(outcomes.stream().map(outcome -> outcome.between(from, to)).toList());
	}

	private List<String> withContext(List<String> options) {
		List<String> all = new ArrayList<>(options);
		all.add("-Dkube9.coldstart.context=" + context);
		return all;
	}

	private Path prepare(String name, Path configuration, String scenario) throws Exception {
		Path workspace = directory.resolve(name);
		workbench.start(configuration, workspace, scenario, null, List.of(), log(name));
		return workspace;
	}

	private Path customization(String name, String line) throws IOException {
		Path file = directory.resolve(name);
		Files.writeString(file, line + "\n", StandardCharsets.UTF_8);
		return file;
	}

	private Path log(String name) {
		return directory.resolve(String.format("%03d-%s.log", ++started, name));
	}

	private Path copy(Path template) throws IOException {
		Path target = directory.resolve(String.format("workspace-%03d", started + 1));
		Files.walkFileTree(template, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
				Files.createDirectories(target.resolve(template.relativize(dir)));
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				Files.copy(file, target.resolve(template.relativize(file)));
				return FileVisitResult.CONTINUE;
			}
		});
		return target;
	}
}
