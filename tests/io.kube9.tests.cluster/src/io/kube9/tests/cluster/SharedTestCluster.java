package io.kube9.tests.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import io.kube9.tests.cluster.internal.ClusterState;
import io.kube9.tests.cluster.internal.Directories;
import io.kube9.tests.cluster.internal.Owner;
import io.kube9.tests.cluster.internal.RecordedProcess;
import io.kube9.tests.cluster.internal.SharedClusters;
import io.kube9.tests.cluster.internal.StateDirectory;
import io.kubernetes.client.openapi.ApiException;

/**
 * The test cluster shared by every test JVM of one test run. Tycho runs each test bundle in a JVM of its own,
 * one after the other; the first one to ask starts the cluster, later ones find it through the state directory
 * (system property {@value #DIRECTORY_PROPERTY}, else ${java.io.tmpdir}/kube9-test-cluster-USER), check /readyz
 * with the admin credentials and reuse it. A file lock serialises them.
 * <p>
 * The cluster belongs to the process named by {@code KUBE9_TEST_SESSION_PID} (./test.sh exports its own pid),
 * else to the JVM that started it; a watchdog kills it when that owner is gone, even after a SIGKILL. Each data
 * set (seed combination) gets a cluster of its own, so listings of the demo data stay exact.
 */
public final class SharedTestCluster {

	public static final String DIRECTORY_PROPERTY = StateDirectory.PROPERTY;
	private static final Duration STOP_GRACE = Duration.ofSeconds(10);

	private static final Map<String, TestCluster> ATTACHED = new HashMap<>();

	private SharedTestCluster() {
	}

	/** The shared cluster with the demo data. */
	public static TestCluster get() {
		return get(EnumSet.of(Seed.DEMO));
	}

	public static TestCluster get(Seed first, Seed... more) {
		return get(EnumSet.of(first, more));
	}

	/** The shared cluster with exactly these data sets; started, or found and reused, once per JVM. */
	public static synchronized TestCluster get(Set<Seed> seeds) {
		LargeSeed.Spec spec = seeds.contains(Seed.LARGE) ? LargeSeed.Spec.fromSystemProperties() : null;
		String key = key(seeds, spec);
		TestCluster cluster = ATTACHED.get(key);
		if (cluster == null) {
			try {
				cluster = attach(key, seeds, spec);
			} catch (ApiException e) {
				throw new IllegalStateException("Cannot prepare the shared test cluster: HTTP " + e.getCode() + " "
						+ e.getMessage() + " " + e.getResponseBody(), e);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while starting the shared test cluster", e);
			} catch (RuntimeException e) {
				throw e;
			} catch (Exception e) {
				throw new IllegalStateException("Cannot start the shared test cluster: " + e.getMessage(), e);
			}
			ATTACHED.put(key, cluster);
		}
		return cluster;
	}

	/** Where shared clusters keep their state. */
	public static Path baseDirectory() {
		return StateDirectory.base();
	}

	/**
	 * Stops the shared clusters of this test session (all of them when no session is set) and deletes their
	 * state. Also available as {@code java -cp <bundle jar> io.kube9.tests.cluster.StopTestCluster}.
	 *
	 * @return how many clusters were stopped
	 */
	public static synchronized int stopAll() throws IOException {
		ATTACHED.clear();
		return SharedClusters.stop(baseDirectory(), Owner.session().map(RecordedProcess::pid));
	}

	/** demo, large-50-500-5000, or demo+large-...: one cluster per data set. */
	public static String key(Set<Seed> seeds, LargeSeed.Spec spec) {
		StringBuilder key = new StringBuilder();
		for (Seed seed : Seed.values()) {
			if (seeds.contains(seed)) {
				key.append(key.length() == 0 ? "" : "+").append(seed == Seed.LARGE ? spec.key() : "demo");
			}
		}
		return key.length() == 0 ? "empty" : key.toString();
	}

	private static TestCluster attach(String key, Set<Seed> seeds, LargeSeed.Spec spec) throws Exception {
		RecordedProcess owner = Owner.sessionOrThisJvm();
		TestCluster cluster = SharedClusters.acquire(baseDirectory(), key, owner, (state, reused) -> {
			Path kubeconfigDirectory = Files.createTempDirectory("kube9-test-kubeconfig-");
			Directories.deleteOnExit(kubeconfigDirectory);
			TestCluster attached = new TestCluster(state, TestCluster.writeKubeconfigs(state, kubeconfigDirectory),
					seeds, spec, true);
			ClusterPreparation.prepare(attached, state);
			return attached;
		});
		if (owner.pid() == ProcessHandle.current().pid()) {
			stopAtExit(cluster.state());
		}
		return cluster;
	}

	/** A cluster this JVM owns ends with it; stop it right away rather than leaving it to the watchdog. */
	private static void stopAtExit(ClusterState state) {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			state.stopProcesses(STOP_GRACE);
			try {
				Directories.deleteRecursively(state.files().directory());
			} catch (IOException e) {
				// The next JVM tidies orphaned folders away.
			}
		}, "kube9-test-cluster-stop"));
	}
}
