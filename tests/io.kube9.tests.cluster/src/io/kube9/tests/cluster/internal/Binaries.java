package io.kube9.tests.cluster.internal;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the binaries tests/cluster/build.sh built from source (kube-apiserver, etcd, kwok, ...). */
public final class Binaries {

	public static final String ENVIRONMENT_VARIABLE = "KUBE9_CLUSTER_BIN_DIR";

	private Binaries() {
	}

	public static Path directory() {
		String value = System.getenv(ENVIRONMENT_VARIABLE);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException(ENVIRONMENT_VARIABLE + " is not set. The test cluster needs kube-apiserver,"
					+ " etcd, kube-controller-manager, kube-scheduler and kwok built from source: export "
					+ ENVIRONMENT_VARIABLE + "=\"$(tests/cluster/build.sh | tail -n1)\" (./test.sh does this).");
		}
		Path directory = Path.of(value).toAbsolutePath();
		for (Component component : Component.BUILT) {
			if (!Files.isExecutable(directory.resolve(component.binary()))) {
				throw new IllegalStateException(ENVIRONMENT_VARIABLE + "=" + value + " has no executable "
						+ component.binary() + "; run tests/cluster/build.sh and use the directory it prints last.");
			}
		}
		return directory;
	}
}
