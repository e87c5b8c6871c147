package io.kube9.ui.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The real kubectl as the cluster's other user: changes the cluster behind the explorer's back. */
final class Kubectl {

	private static final long TIMEOUT_SECONDS = 60;

	private Kubectl() {
	}

	/**
	 * Runs kubectl off the UI thread (the test runs on it, and a blocked UI thread is what the stall watchdog
	 * measures), serving UI events until it ended.
	 */
	static String onTheSide(Path kubeconfig, String stdin, String... arguments) {
		CompletableFuture<String> run = CompletableFuture.supplyAsync(() -> {
			try {
				return run(kubeconfig, stdin, arguments);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		});
		UiWait.until("kubectl " + String.join(" ", arguments), Duration.ofSeconds(TIMEOUT_SECONDS + 5), run::isDone);
		return run.join();
	}

	/** Runs kubectl on a kubeconfig as the admin context; stdin is given, stdout returned, a failure thrown. */
	static String run(Path kubeconfig, String stdin, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("kubectl", "--kubeconfig", kubeconfig.toString(), "--context",
				io.kube9.tests.cluster.Contexts.ADMIN));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		if (stdin != null) {
			process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
		}
		process.getOutputStream().close();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IOException("kubectl " + arguments[0] + " did not end within " + TIMEOUT_SECONDS + " s");
		}
		if (process.exitValue() != 0) {
			throw new IOException("kubectl " + String.join(" ", arguments) + " failed: " + output);
		}
		return output;
	}

	static String pod(String namespace, String name) {
		return "apiVersion: v1\nkind: Pod\nmetadata:\n  name: " + name + "\n  namespace: " + namespace
				+ "\nspec:\n  containers:\n  - name: main\n    image: busybox\n";
	}

	static String deployment(String namespace, String name, int replicas) {
		return "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: " + name + "\n  namespace: " + namespace
				+ "\nspec:\n  replicas: " + replicas + "\n  selector:\n    matchLabels:\n      app: " + name
				+ "\n  template:\n    metadata:\n      labels:\n        app: " + name
				+ "\n    spec:\n      containers:\n      - name: main\n        image: busybox\n";
	}
}
