package io.kube9.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Where and when a run happened: what a reader needs to judge the numbers.
 *
 * @param started    when the run began
 * @param finished   when it ended
 * @param processors available processors
 * @param loadBefore the load average (1, 5, 15 min) as the run began
 * @param loadAfter  the load average as it ended
 * @param cluster    what the cluster held and served
 * @param kubectl    kubectl's version
 * @param java       the JVM
 */
public record RunInfo(Instant started, Instant finished, int processors, String loadBefore, String loadAfter,
		String cluster, String kubectl, String java) {

	/** The first three fields of /proc/loadavg, or "unknown". */
	public static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return fields[0] + " " + fields[1] + " " + fields[2];
		} catch (IOException | RuntimeException e) {
			return "unknown";
		}
	}
}
