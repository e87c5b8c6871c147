package io.kube9.benchmarks.support;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.kube9.core.internal.client.ProcessRunner;
import io.kube9.core.internal.source.CancellationSignal;

/** Runs kubectl on a kubeconfig file, one process per call, as the old way did. */
public final class Kubectl {

	private static final Duration LIMIT = Duration.ofMinutes(2);

	private final Path kubeconfig;

	public Kubectl(Path kubeconfig) {
		this.kubeconfig = kubeconfig;
	}

	/** Runs {@code kubectl ARGS}; fails unless it exits with 0. Returns its stdout. */
	public byte[] run(String... arguments) throws Exception {
		List<String> command = new ArrayList<>();
		command.add("kubectl");
		command.addAll(List.of(arguments));
		ProcessRunner.Result result = ProcessRunner.run(command,
				Map.of("KUBECONFIG", kubeconfig.toString(), "PATH", System.getenv().getOrDefault("PATH", "")), LIMIT,
				CancellationSignal.none());
		if (result.exitCode() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed (" + result.exitCode() + "): "
					+ result.stderr());
		}
		return result.stdout();
	}
}
