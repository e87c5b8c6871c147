package io.kube9.tests.cluster.internal;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the kube-apiserver and etcd that tests/cluster/build.sh built from source. */
public final class Binaries {

	public static final String ENVIRONMENT_VARIABLE = "KUBE9_CLUSTER_BIN_DIR";

	private Binaries() {
	}

	public static Path directory() {
		String value = System.getenv(ENVIRONMENT_VARIABLE);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException(ENVIRONMENT_VARIABLE + " is not set. The test cluster needs kube-apiserver"
					+ " and etcd built from source: export " + ENVIRONMENT_VARIABLE
					+ "=\"$(tests/cluster/build.sh | tail -n1)\" (./test.sh does this).");
		}
		Path directory = Path.of(value).toAbsolutePath();
		for (String name : new String[] { "etcd", "kube-apiserver" }) {
			if (!Files.isExecutable(directory.resolve(name))) {
				throw new IllegalStateException(ENVIRONMENT_VARIABLE + "=" + value + " has no executable " + name
						+ "; run tests/cluster/build.sh and use the directory it prints last.");
			}
		}
		return directory;
	}
}
