package io.kube9.benchmarks.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import io.kube9.benchmarks.measure.Repetitions;
import io.kube9.benchmarks.measure.Results;
import io.kube9.core.Kube9Core;
import io.kube9.core.shell.ShellRequest;
import io.kube9.core.shell.ShellSession;
import io.kube9.core.shell.Shells;

/**
 * From Open Shell to the shell answering: the product's shell (the API server's exec over WebSocket, a remote
 * TTY, the container's own shell) against a new {@code kubectl exec -i ... -- sh} (no local terminal here, so no
 * TTY). Both get {@code echo ready} and are timed to the line {@code ready}; the product's shell is also timed to
 * its first byte, the prompt.
 */
public final class ShellScenario {

	public static final String ID_PROMPT_API = "shell.prompt.api";
	public static final String ID_READY_API = "shell.ready.api";
	public static final String ID_READY_KUBECTL = "shell.ready.kubectl";
	private static final Duration LIMIT = Duration.ofSeconds(30);
	/** "ready" alone on a line, not the echo of the typed command; terminal escapes removed first. */
	private static final Pattern READY = Pattern.compile("(^|[\r\n])ready\r?\n");
	private static final Pattern ESCAPES = Pattern.compile("\u001b\\[[0-9;?]*[A-Za-z]");
	private static final byte[] ECHO = "echo ready\n".getBytes(StandardCharsets.US_ASCII);

	private final Kube9Core engine;
	private final ShellRequest request;
	private final Path kubeconfig;
	private final Results results;

	/** @param request the pod, its container named */
	public ShellScenario(Kube9Core engine, ShellRequest request, Path kubeconfig, Results results) {
		this.engine = engine;
		this.request = request;
		this.kubeconfig = kubeconfig;
		this.results = results;
	}

	public void run(Repetitions repetitions) throws Exception {
		results.time(ID_READY_KUBECTL, Labels.SHELL_READY, Labels.KUBECTL, repetitions, this::kubectl);
		results.time(ID_READY_API, Labels.SHELL_READY, Labels.API_WARM, repetitions, () -> api(true));
		results.time(ID_PROMPT_API, Labels.SHELL_PROMPT, Labels.API_WARM, repetitions, () -> api(false));
	}

	private void api(boolean untilReady) throws Exception {
		try (ShellSession shell = Shells.open(engine, request, 80, 24)) {
			if (untilReady) {
				shell.input().write(ECHO);
				shell.input().flush();
				await(shell.output(), true);
			} else {
				await(shell.output(), false);
			}
		}
	}

	private void kubectl() throws Exception {
		ProcessBuilder builder = new ProcessBuilder(List.of("kubectl", "--context", request.context(), "exec", "-i",
				"-n", request.namespace(), request.pod(), "-c", request.container(), "--", "sh"));
		builder.environment().put("KUBECONFIG", kubeconfig.toString());
		builder.redirectError(ProcessBuilder.Redirect.DISCARD);
		Process process = builder.start();
		try {
			OutputStream stdin = process.getOutputStream();
			stdin.write(ECHO);
			stdin.flush();
			await(process.getInputStream(), true);
		} finally {
			process.destroyForcibly();
			process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS);
		}
	}

	/** Until the first byte, or until the line "ready"; fails after {@link #LIMIT} (closing ends the reader). */
	private static void await(InputStream output, boolean untilReady) throws Exception {
		CompletableFuture<Void> seen = new CompletableFuture<>();
		Thread reader = new Thread(() -> {
			try {
				read(output, untilReady);
				seen.complete(null);
			} catch (IOException | RuntimeException e) {
				seen.completeExceptionally(e);
			}
		}, "bench shell reader");
		reader.setDaemon(true);
		reader.start();
		seen.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
	}

	private static void read(InputStream output, boolean untilReady) throws IOException {
		StringBuilder text = new StringBuilder();
		byte[] buffer = new byte[4096];
		for (int read; (read = output.read(buffer)) >= 0;) {
			if (read > 0 && !untilReady) {
				return;
			}
			text.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
			if (READY.matcher(ESCAPES.matcher(text).replaceAll("")).find()) {
				return;
			}
		}
		throw new IOException("the shell ended before answering: " + text);
	}
}
