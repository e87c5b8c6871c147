package io.kube9.tests.cluster.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeoutException;

/**
 * A process another JVM may have started: pid plus start time and executable, so a recycled pid is never
 * mistaken for it (and never killed).
 */
public record RecordedProcess(long pid, long startMillis, String executable) {

	public static RecordedProcess of(Process process, String executable) {
		return of(process.toHandle(), executable);
	}

	public static RecordedProcess of(ProcessHandle handle, String executable) {
		long start = handle.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
		return new RecordedProcess(handle.pid(), start, executable);
	}

	/** The live process this record describes, if it still runs. */
	public Optional<ProcessHandle> handle() {
		return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(this::matches)
				.filter(handle -> !isZombie(handle.pid()));
	}

	/**
	 * A process that exited but was not reaped yet (its parent died and init reaps late in some containers)
	 * still has a handle, but runs no more and ignores signals.
	 */
	private static boolean isZombie(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			int end = stat.lastIndexOf(") ");
			return end >= 0 && stat.startsWith("Z", end + 2);
		} catch (IOException e) {
			return false;
		}
	}

	public boolean alive() {
		return handle().isPresent();
	}

	private boolean matches(ProcessHandle handle) {
		ProcessHandle.Info info = handle.info();
		boolean sameStart = startMillis == 0
				|| info.startInstant().map(start -> Math.abs(start.toEpochMilli() - startMillis) < 1000).orElse(true);
		boolean sameExecutable = executable == null || executable.isEmpty()
				|| info.command().map(command -> command.equals(executable)).orElse(true);
		return sameStart && sameExecutable;
	}

	/** SIGTERM, then SIGKILL after the grace period. Returns true if the process is gone. */
	public boolean stop(Duration grace) {
		Optional<ProcessHandle> handle = handle();
		if (handle.isEmpty()) {
			return true;
		}
		handle.get().destroy();
		if (awaitGone(grace)) {
			return true;
		}
		handle.get().destroyForcibly();
		return awaitGone(Duration.ofSeconds(10));
	}

	/** Polls rather than ProcessHandle.onExit(), which would keep waiting for a zombie. */
	private boolean awaitGone(Duration timeout) {
		try {
			Poll.until("process " + pid + " gone", timeout, Duration.ofMillis(50), () -> alive() ? null : Boolean.TRUE);
			return true;
		} catch (TimeoutException e) {
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return !alive();
		}
	}

	public void store(Properties properties, String prefix) {
		properties.setProperty(prefix + ".pid", Long.toString(pid));
		properties.setProperty(prefix + ".startMillis", Long.toString(startMillis));
		properties.setProperty(prefix + ".executable", executable == null ? "" : executable);
	}

	public static Optional<RecordedProcess> load(Properties properties, String prefix) {
		String pid = properties.getProperty(prefix + ".pid");
		if (pid == null) {
			return Optional.empty();
		}
		return Optional.of(new RecordedProcess(Long.parseLong(pid),
				Long.parseLong(properties.getProperty(prefix + ".startMillis", "0")),
				properties.getProperty(prefix + ".executable", "")));
	}
}
