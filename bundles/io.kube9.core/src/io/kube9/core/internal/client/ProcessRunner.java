package io.kube9.core.internal.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.kube9.core.internal.source.CancellationSignal;

/**
 * Runs a short-lived process (kubectl, a credential plugin) with stdin closed, both outputs captured and a hard
 * time limit; a cancelled or late process is killed.
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

	private ProcessRunner() {
	}

	/**
	 * @throws TimeoutException when it did not end in time (it was killed)
	 * @throws IOException      when it could not be started
	 */
	public static Result run(List<String> command, Map<String, String> environment, Duration timeout,
			CancellationSignal cancellation) throws IOException, TimeoutException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().putAll(environment);
		Process process = builder.start();
		cancellation.onCancel(process::destroyForcibly);
		try {
			process.getOutputStream().close();
			CompletableFuture<byte[]> stdout = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
			CompletableFuture<byte[]> stderr = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new TimeoutException("no answer within " + timeout.toSeconds() + " s");
			}
			return new Result(process.exitValue(), stdout.get(), new String(stderr.get(), StandardCharsets.UTF_8));
		} catch (ExecutionException e) {
			throw new IOException(e.getCause());
		} finally {
			process.destroyForcibly();
		}
	}

	private static byte[] readAll(InputStream in) {
		try (in) {
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
