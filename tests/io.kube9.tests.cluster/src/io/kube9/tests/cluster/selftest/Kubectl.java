package io.kube9.tests.cluster.selftest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Runs the installed kubectl (from PATH) with a given environment and answers its exit code and output. */
final class Kubectl {

	/** What kubectl said. */
	record Result(int exitCode, String stdout, String stderr) {

		JsonObject json() {
			return JsonParser.parseString(stdout).getAsJsonObject();
		}

		@Override
		public String toString() {
			return "exit " + exitCode + "\nstderr: " + stderr;
		}
	}

	private static final long TIMEOUT_SECONDS = 60;

	private final Path cacheDirectory;

	/** @param cacheDirectory discovery cache of its own, so ~/.kube is left alone */
	Kubectl(Path cacheDirectory) {
		this.cacheDirectory = cacheDirectory;
	}

	/** kubectl with KUBECONFIG unset unless {@code environment} sets it; runs in {@code workingDirectory}. */
	Result run(Map<String, String> environment, Path workingDirectory, String... arguments)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("kubectl", "--cache-dir=" + cacheDirectory));
		command.addAll(List.of(arguments));
		Path out = Files.createTempFile(cacheDirectory, "kubectl-", ".out");
		Path err = Files.createTempFile(cacheDirectory, "kubectl-", ".err");
		ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
				.redirectOutput(out.toFile()).redirectError(err.toFile())
				.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
		builder.environment().remove("KUBECONFIG");
		builder.environment().putAll(environment);
		Process process = builder.start();
		if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IOException("kubectl " + String.join(" ", arguments) + " did not finish in " + TIMEOUT_SECONDS + " s");
		}
		return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}

	Result run(Path kubeconfig, String context, String... arguments) throws IOException, InterruptedException {
		List<String> all = new ArrayList<>(List.of("--kubeconfig", kubeconfig.toString(), "--context", context));
		all.addAll(List.of(arguments));
		return run(Map.of(), cacheDirectory, all.toArray(String[]::new));
	}
}
