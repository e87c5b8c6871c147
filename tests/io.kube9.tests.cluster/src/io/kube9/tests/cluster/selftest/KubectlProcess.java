package io.kube9.tests.cluster.selftest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import io.kube9.tests.cluster.internal.Poll;

/**
 * A command that keeps running (kubectl logs -f, get -w, port-forward, an interactive exec): its output lines
 * as they come, its input to write to. Closing ends it (SIGTERM, then SIGKILL), so none outlives its test.
 */
final class KubectlProcess implements AutoCloseable {

	/** Marks the end of the output; compared by identity. */
	private static final String END = new String("end of output");

	private final List<String> command;
	private final Process process;
	private final Path errors;
	private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
	private final List<String> seen = new ArrayList<>();

	private KubectlProcess(List<String> command, Process process, Path errors) {
		this.command = command;
		this.process = process;
		this.errors = errors;
		Thread reader = new Thread(this::read, "kubectl-output");
		reader.setDaemon(true);
		reader.start();
	}

	/** kubectl with its own discovery cache, the given kubeconfig and context, then the arguments. */
	static KubectlProcess kubectl(Path cache, Path kubeconfig, String context, String... arguments)
			throws IOException {
		List<String> command = new ArrayList<>(List.of("kubectl", "--cache-dir=" + cache, "--kubeconfig",
				kubeconfig.toString(), "--context", context));
		command.addAll(List.of(arguments));
		return start(cache, command);
	}

	/** Any command (such as script(1) around kubectl, for a terminal). */
	static KubectlProcess start(Path directory, List<String> command) throws IOException {
		Path errors = Files.createTempFile(directory, "command-", ".err");
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
				.redirectError(errors.toFile());
		builder.environment().remove("KUBECONFIG");
		return new KubectlProcess(command, builder.start(), errors);
	}

	private void read() {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				lines.add(line);
			}
		} catch (IOException e) {
			// The process was ended; what it wrote so far is in the queue.
		} finally {
			lines.add(END);
		}
	}

	/** Consumes output lines until one matches; fails with what was seen when the output ends or time is up. */
	String awaitLine(String what, Duration timeout, Predicate<String> matching) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			if (line == null || line == END) {
				if (line == END) {
					lines.add(END);
				}
				throw new AssertionError("no " + what + " within " + timeout.toSeconds() + " s from " + command
						+ (line == END ? " (it ended)" : "") + "\nseen: " + seen + "\nstderr: " + stderr());
			}
			seen.add(line);
			if (matching.test(line)) {
				return line;
			}
		}
	}

	/** Waits until its standard error (a file) holds the text, e.g. what kubectl -v=6 logs per request. */
	void awaitStderr(String what, Duration timeout, String text) throws Exception {
		Poll.until(what + " from " + command, timeout, Duration.ofMillis(50),
				() -> stderr().contains(text) ? Boolean.TRUE : null);
	}

	/** Everything read so far, matched or not. */
	List<String> seen() {
		return List.copyOf(seen);
	}

	OutputStream input() {
		return process.getOutputStream();
	}

	void write(String text) throws IOException {
		process.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
		process.getOutputStream().flush();
	}

	String stderr() {
		try {
			return Files.readString(errors, StandardCharsets.UTF_8);
		} catch (IOException e) {
			return "(" + e.getMessage() + ")";
		}
	}

	boolean alive() {
		return process.isAlive();
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(10, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			process.waitFor(10, TimeUnit.SECONDS);
		}
	}
}
