package io.kube9.core.internal.kubeconfig;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.kube9.core.Settings;

/** Writes kubeconfig files and builds environments for the tests. */
final class Kubeconfigs {

	private Kubeconfigs() {
	}

	static Path write(Path file, String yaml) {
		try {
			Files.createDirectories(file.getParent());
			return Files.writeString(file, yaml, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Path touch(Path file) {
		return write(file, "x");
	}

	/** A home directory, no service account, and the variables given as name, value pairs. */
	static KubeEnvironment environment(Path home, String... variables) {
		Map<String, String> map = new HashMap<>();
		for (int i = 0; i < variables.length; i += 2) {
			map.put(variables[i], variables[i + 1]);
		}
		return KubeEnvironment.of(map, home, home.resolve("no-service-account"));
	}

	/** KUBECONFIG listing these files. */
	static KubeEnvironment withKubeconfig(Path home, Path... files) {
		return environment(home, "KUBECONFIG",
				Arrays.stream(files).map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
	}

	static Settings explicit(Path... files) {
		return Settings.defaults().withKubeconfigFiles(List.of(files));
	}

	static MergedKubeconfig load(KubeEnvironment environment) {
		return new KubeconfigLoader(environment).load(Settings.defaults());
	}
}
