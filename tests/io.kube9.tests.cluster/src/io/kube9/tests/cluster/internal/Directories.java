package io.kube9.tests.cluster.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Recursive delete, for cluster directories and per-JVM kubeconfig folders. */
public final class Directories {

	private Directories() {
	}

	public static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	/** Deletes the folder when the JVM exits normally; a temporary folder left after a kill is harmless. */
	public static void deleteOnExit(Path directory) {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				deleteRecursively(directory);
			} catch (IOException e) {
				// Best effort: the folder is under the temporary directory.
			}
		}, "kube9-test-cluster-cleanup"));
	}
}
