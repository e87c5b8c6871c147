package io.kube9.coldstart.probe;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What the benchmark asked this JVM to do, from system properties.
 *
 * @param out      where the report goes
 * @param scenario {@link Scenario}
 * @param context  the kubeconfig context whose cluster is expanded
 * @param deadline how long any one wait may take
 */
record ProbeSettings(Path out, Scenario scenario, String context, Duration deadline) {

	static final String OUT_PROPERTY = "kube9.coldstart.out";
	static final String SCENARIO_PROPERTY = "kube9.coldstart.scenario";
	static final String CONTEXT_PROPERTY = "kube9.coldstart.context";

	/** What one start of the workbench does once it is idle. */
	enum Scenario {
		/** Show the Explorer and exit: the workspace then restores it open. */
		PREPARE_OPEN,
		/** Close the Explorer and exit: the workspace then starts without it. */
		PREPARE_CLOSED,
		/** Report the start and which threads and bundles exist, then exit. */
		IDLE,
		/** Expand the current cluster, then Workloads > Pods, timing each until its rows are painted. */
		EXPAND
	}

	static ProbeSettings fromSystemProperties() {
		String out = System.getProperty(OUT_PROPERTY);
		if (out == null || out.isBlank()) {
			return null;
		}
		Scenario scenario = Scenario.valueOf(System.getProperty(SCENARIO_PROPERTY, "IDLE"));
		return new ProbeSettings(Path.of(out), scenario, System.getProperty(CONTEXT_PROPERTY, "admin"),
				Duration.ofSeconds(60));
	}
}
