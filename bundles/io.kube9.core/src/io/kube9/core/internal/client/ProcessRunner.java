package io.kube9.core.internal.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.kube9.core.internal.source.CancellationSignal;

/**
 * Runs a short-lived process (kubectl, a credential plugin) with stdin closed, both outputs captured and a hard
 * time limit that covers reading its output too: a process that exits while something it started keeps the
 * output open does not hold us up. A cancelled or late process is killed with every process it started.
 */
public final class ProcessRunner {

	/**
	 * What a finished process left.
	 *
	 * @param exitCode its exit code
	 * @param stdout   everything it wrote to stdout
	 * @param stderr   everything it wrote to stderr, as text
	 */
	public record Result(int exitCode, byte[] stdout, String stderr) {

		public String stdoutText() {
			return new String(stdout, StandardCharsets.UTF_8);
		}
	}

	/** The process ended in time, but something it started kept its output open until the limit. */
	public static final class OutputLeftOpenException extends TimeoutException {

		private static final long serialVersionUID = 1L;

		OutputLeftOpenException(String message) {
			super(message);
		}
	}

	/** How often the processes a running one started are noted, so that a timeout can kill them too. */
	private static final long TREE_POLL_MILLIS = 100;

	private ProcessRunner() {
	}

	/**
	 * @throws TimeoutException when it did not end, or its output did not close, in time (it was killed with
	 *                          everything it started)
	 * @throws IOException      when it could not be started
	 */
	public static Result run(List<String> command, Map<String, String> environment, Duration timeout,
			CancellationSignal cancellation) throws IOException, TimeoutException, InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().putAll(environment);
		Process process = builder.start();
		ProcessTree tree = new ProcessTree(process);
		cancellation.onCancel(tree::kill);
		boolean finished = false;
		try {
			process.getOutputStream().close();
			FutureTask<byte[]> stdout = read(process.getInputStream(), command, "stdout");
			FutureTask<byte[]> stderr = read(process.getErrorStream(), command, "stderr");
			while (!process.waitFor(Math.min(TREE_POLL_MILLIS, remainingMillis(deadline)), TimeUnit.MILLISECONDS)) {
				tree.noteDescendants();
				if (remainingMillis(deadline) <= 0) {
					throw new TimeoutException("no answer within " + timeout.toSeconds() + " s");
				}
			}
			byte[] out = outputOf(stdout, deadline, timeout);
			String err = new String(outputOf(stderr, deadline, timeout), StandardCharsets.UTF_8);
			finished = true;
			return new Result(process.exitValue(), out, err);
		} finally {
			if (!finished) {
				// Late, cancelled or failed: nothing it started may outlive it (a plugin kubectl ran, a grandchild).
				tree.kill();
			}
		}
	}

	private static byte[] outputOf(FutureTask<byte[]> output, long deadline, Duration timeout)
			throws IOException, TimeoutException, InterruptedException {
		try {
			return output.get(Math.max(0, remainingMillis(deadline)), TimeUnit.MILLISECONDS);
		} catch (TimeoutException e) {
			throw new OutputLeftOpenException("it ended, but a process it started kept its output open for more than "
					+ timeout.toSeconds() + " s");
		} catch (ExecutionException e) {
			throw new IOException(e.getCause());
		}
	}

	/**
	 * Each output is drained by a thread of its own: both must be read at once (a full stderr pipe would stall a
	 * process we wait on for stdout), and pooled threads could be starved by other processes' readers.
	 */
	private static FutureTask<byte[]> read(InputStream in, List<String> command, String which) {
		FutureTask<byte[]> task = new FutureTask<>(() -> {
			try (in) {
				return in.readAllBytes();
			}
		});
		Thread thread = new Thread(task, "Kube9 " + which + " of " + executableName(command));
		thread.setDaemon(true);
		thread.start();
		return task;
	}

	private static long remainingMillis(long deadline) {
		return TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
	}

	/** The executable's file name, for thread names. */
	private static String executableName(List<String> command) {
		String first = command.isEmpty() ? "" : command.get(0);
		return first.substring(Math.max(first.lastIndexOf('/'), first.lastIndexOf('\\')) + 1);
	}
}
