package io.kube9.tests.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;

import io.kube9.tests.cluster.internal.ClusterFiles;
import io.kube9.tests.cluster.internal.ClusterState;
import io.kube9.tests.cluster.internal.Log;

/**
 * A demo cluster from the command line, outside OSGi (this bundle's jar plus the Kubernetes client and its
 * dependencies on a plain classpath):
 *
 * <pre>
 * java -cp ... io.kube9.tests.cluster.DemoCluster --out DIR [--seed demo] [--seed large]
 *     [--large default|maximum] [--large-nodes N] [--large-namespaces N] [--large-pods N]
 * </pre>
 *
 * Starts a cluster of its own in DIR/cluster (owned by this JVM: a watchdog kills it if the JVM dies), seeds
 * it (demo when no --seed is given), writes the kubeconfig set into DIR and prints {@code KUBECONFIG=<file>}
 * on stdout. Runs until stdin reaches end of file or the JVM gets SIGTERM/SIGINT, then stops everything.
 * Progress goes to stderr.
 */
public final class DemoCluster {

	private DemoCluster() {
	}

	public static void main(String[] args) throws Exception {
		Path out = null;
		EnumSet<Seed> seeds = EnumSet.noneOf(Seed.class);
		LargeSeed.Spec large = LargeSeed.Spec.DEFAULT;
		Integer nodes = null;
		Integer namespaces = null;
		Integer pods = null;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--out" -> out = Path.of(value(args, ++i));
			case "--seed" -> seeds.add(Seed.valueOf(value(args, ++i).toUpperCase(Locale.ROOT)));
			case "--large" -> large = LargeSeed.Spec.named(value(args, ++i));
			case "--large-nodes" -> nodes = Integer.parseInt(value(args, ++i));
			case "--large-namespaces" -> namespaces = Integer.parseInt(value(args, ++i));
			case "--large-pods" -> pods = Integer.parseInt(value(args, ++i));
			default -> usage("unknown argument " + args[i]);
			}
		}
		if (out == null) {
			usage("--out is required");
		}
		if (seeds.isEmpty()) {
			seeds.add(Seed.DEMO);
		}
		Path directory = out.toAbsolutePath().normalize();
		refuseIfRunning(directory.resolve("cluster"));

		TestCluster cluster = TestCluster.start(directory.resolve("cluster"), directory, seeds,
				new LargeSeed.Spec(nodes != null ? nodes : large.nodes(),
						namespaces != null ? namespaces : large.namespaces(), pods != null ? pods : large.pods()));
		Thread stopper = new Thread(() -> stop(cluster), "kube9-demo-cluster-stop");
		Runtime.getRuntime().addShutdownHook(stopper);
		System.out.println("KUBECONFIG=" + cluster.kubeconfigs().all());
		System.out.flush();
		Log.info("demo cluster ready at %s; contexts %s; close stdin or send SIGTERM to stop", cluster.server(),
				Contexts.ALL);

		waitForEndOfInput(System.in);
		Log.info("stdin closed: stopping the demo cluster");
		stop(cluster);
		Runtime.getRuntime().removeShutdownHook(stopper);
	}

	private static void stop(TestCluster cluster) {
		try {
			cluster.stop();
		} catch (IOException e) {
			Log.info("stopping the demo cluster: %s", e.getMessage());
		}
	}

	private static void waitForEndOfInput(InputStream input) throws IOException {
		byte[] buffer = new byte[256];
		while (input.read(buffer) >= 0) {
			// Input is ignored; only its end matters.
		}
	}

	/** Two demo clusters in one folder would wipe each other's files. */
	private static void refuseIfRunning(Path clusterDirectory) throws IOException {
		Optional<ClusterState> existing = ClusterState.load(new ClusterFiles(clusterDirectory));
		if (existing.isPresent() && existing.get().owner().alive()) {
			throw new IllegalStateException("A demo cluster already runs in " + clusterDirectory + " (pid "
					+ existing.get().owner().pid() + ")");
		}
		existing.ifPresent(stale -> stale.stopProcesses(Duration.ofSeconds(10)));
	}

	private static String value(String[] args, int index) {
		if (index >= args.length) {
			usage(args[index - 1] + " needs a value");
		}
		return args[index];
	}

	private static void usage(String problem) {
		System.err.println("DemoCluster: " + problem);
		System.err.println("usage: DemoCluster --out DIR [--seed demo|large]... [--large default|maximum]"
				+ " [--large-nodes N] [--large-namespaces N] [--large-pods N]");
		System.exit(2);
	}
}
