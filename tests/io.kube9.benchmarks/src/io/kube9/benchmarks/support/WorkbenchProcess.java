package io.kube9.benchmarks.support;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * One start of the product's workbench in a new JVM, driven by the probe: a scenario runs once the workbench is
 * idle, then the workbench closes itself and the probe's report is read. The JVM is this one's java; the display
 * is the one ./bench.sh runs under. A start that does not end in time is killed and fails.
 */
public final class WorkbenchProcess {

	private static final Duration DEADLINE = Duration.ofMinutes(3);

	/**
	 * What one start reported.
	 *
	 * @param launched nanoTime just before the JVM was started (one clock with the probe's on Linux)
	 * @param values   the probe's report
	 */
	public record Outcome(long launched, Properties values) {

		/** Nanoseconds from the launch to a reported instant. */
		public long sinceLaunch(String key) {
			return nanos(key) - launched;
		}

		public long nanos(String key) {
			String value = values.getProperty(key);
			if (value == null) {
				throw new IllegalStateException("the probe reported no " + key + ": " + values);
			}
			return Long.parseLong(value);
		}

		/** Nanoseconds between two reported instants, or -1 when either is missing. */
		public long between(String from, String to) {
			String start = values.getProperty(from);
			String end = values.getProperty(to);
			return start == null || end == null ? -1 : Long.parseLong(end) - Long.parseLong(start);
		}

		public String text(String key) {
			return values.getProperty(key, "");
		}
	}

	private final ProductInstallation installation;
	private final Path kubeconfig;

	public WorkbenchProcess(ProductInstallation installation, Path kubeconfig) {
		this.installation = installation;
		this.kubeconfig = kubeconfig;
	}

	/**
	 * @param configuration a configuration area from {@link ProductInstallation#configuration}
	 * @param workspace     the workspace (-data)
	 * @param scenario      the probe's scenario
	 * @param customization a plugin_customization file, or null
	 * @param jvmOptions    more JVM options (logging, tracing)
	 * @param log           where the JVM's output goes
	 */
	public Outcome start(Path configuration, Path workspace, String scenario, Path customization,
			List<String> jvmOptions, Path log) throws IOException, InterruptedException {
		Path report = log.resolveSibling(log.getFileName() + ".report");
		Files.deleteIfExists(report);
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.add("-Xmx2g");
		command.add("-Dkube9.coldstart.out=" + report);
		command.add("-Dkube9.coldstart.scenario=" + scenario);
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", installation.launcher().toString(), "-configuration", configuration.toString(),
				"-data", workspace.toString(), "-consoleLog"));
		if (customization != null) {
			command.addAll(List.of("-pluginCustomization", customization.toString()));
		}
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile());
		builder.environment().put("KUBECONFIG", kubeconfig.toString());
		long launched = System.nanoTime();
		Process process = builder.start();
		if (!process.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
			throw new IOException("the workbench did not end within " + DEADLINE.toMinutes() + " min; see " + log);
		}
		if (!Files.exists(report)) {
			throw new IOException("the workbench ended (exit " + process.exitValue() + ") without a probe report; see "
					+ log + ":\n" + tail(log));
		}
		Properties values = new Properties();
		try (Reader reader = Files.newBufferedReader(report, StandardCharsets.UTF_8)) {
			values.load(reader);
		}
		if (values.getProperty("error") != null) {
			throw new IOException("the probe failed (" + scenario + "): " + values.getProperty("error") + "\nsee " + log);
		}
		return new Outcome(launched, values);
	}

	private static String tail(Path log) throws IOException {
		List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}
}
