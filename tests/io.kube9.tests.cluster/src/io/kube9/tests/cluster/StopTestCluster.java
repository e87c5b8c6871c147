package io.kube9.tests.cluster;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import io.kube9.tests.cluster.internal.Owner;
import io.kube9.tests.cluster.internal.RecordedProcess;
import io.kube9.tests.cluster.internal.SharedClusters;
import io.kube9.tests.cluster.internal.StateDirectory;

/**
 * Stops shared test clusters from a shell: {@code java -cp <this bundle's jar>
 * io.kube9.tests.cluster.StopTestCluster [--dir DIR] [--all]}. Without --all, only the clusters owned by
 * KUBE9_TEST_SESSION_PID when that is set. Needs nothing but the JDK and this jar.
 */
public final class StopTestCluster {

	private StopTestCluster() {
	}

	public static void main(String[] args) throws IOException {
		Path base = null;
		boolean all = false;
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--dir") && i + 1 < args.length) {
				base = Path.of(args[++i]);
			} else if (args[i].equals("--all")) {
				all = true;
			} else {
				System.err.println("usage: StopTestCluster [--dir DIR] [--all]");
				System.exit(2);
			}
		}
		Path directory = base != null ? base.toAbsolutePath() : StateDirectory.base();
		Optional<Long> owner = all ? Optional.empty() : Owner.session().map(RecordedProcess::pid);
		int stopped = SharedClusters.stop(directory, owner);
		System.out.println("Stopped " + stopped + " test cluster(s) in " + directory);
	}
}
