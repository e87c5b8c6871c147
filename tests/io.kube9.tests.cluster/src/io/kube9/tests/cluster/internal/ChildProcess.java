package io.kube9.tests.cluster.internal;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * Starts a server process detached from the JVM's streams: input from /dev/null, output appended to a log
 * file. Inherited pipes would keep the test runner waiting for a process that outlives the test JVM.
 */
public final class ChildProcess {

	private ChildProcess() {
	}

	public static Process start(List<String> command, Path log) throws IOException {
		return start(command, log, null);
	}

	/** @param environment the whole environment of the process, or null to inherit the JVM's */
	public static Process start(List<String> command, Path log, Map<String, String> environment)
			throws IOException {
		Files.createDirectories(log.getParent());
		ProcessBuilder builder = new ProcessBuilder(command)
				.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		if (environment != null) {
			builder.environment().clear();
			builder.environment().putAll(environment);
		}
		return builder.start();
	}

	/** Whether a started server answers that it is ready; may throw while it cannot be reached yet. */
	@FunctionalInterface
	public interface Readiness {
		boolean ready() throws Exception;
	}

	/**
	 * Waits until a started server is ready. When it exits first or is not ready in time, it is stopped and the
	 * failure carries the end of its log.
	 */
	public static void awaitReady(String name, Process process, RecordedProcess recorded, Path log, Duration timeout,
			Readiness readiness) throws InterruptedException {
		try {
			Poll.until(name + " ready", timeout, Duration.ofMillis(100), () -> {
				if (!process.isAlive()) {
					throw new StartFailure(name + " exited with " + process.exitValue(), log);
				}
				return readiness.ready() ? Boolean.TRUE : null;
			});
		} catch (TimeoutException e) {
			recorded.stop(Duration.ZERO);
			throw new StartFailure(e.getMessage(), log);
		} catch (StartFailure e) {
			recorded.stop(Duration.ZERO);
			throw e;
		}
	}

	/** The last lines of a log, for failure messages. */
	public static String tail(Path log, int lines) {
		try {
			List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
			return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		} catch (IOException e) {
			return "(no log: " + e.getMessage() + ")";
		}
	}
}
