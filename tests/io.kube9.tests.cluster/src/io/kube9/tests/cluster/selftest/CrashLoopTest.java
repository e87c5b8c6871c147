package io.kube9.tests.cluster.selftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.DemoSeed;
import io.kube9.tests.cluster.SeededPod;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kube9.tests.cluster.internal.Poll;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1ContainerStatus;

/**
 * kwok crash-loops the demo's worker: it runs for a moment, exits with 1, waits in CrashLoopBackOff, starts
 * again; its restartCount counts up. Seen through the client and through a kubectl watch.
 */
@WithTestCluster
class CrashLoopTest {

	/** A cycle is 1.5 s running and 5 s back-off (kwok-stages.yaml). */
	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@TempDir
	Path cache;

	@Test
	void theRestartCountIncreases(TestCluster cluster) throws Exception {
		SeededPod crashing = DemoSeed.crashLoopPod(cluster);
		CoreV1Api core = new CoreV1Api(cluster.adminClient());
		int before = container(core, crashing).getRestartCount();

		int after = Poll.until("a restart", TIMEOUT, Duration.ofMillis(250), () -> {
			int restarts = container(core, crashing).getRestartCount();
			return restarts > before ? restarts : null;
		});

		assertEquals(before + 1, after, "one crash at a time");
	}

	@Test
	void aWatchSeesItBackOffAndRunAgain(TestCluster cluster) throws Exception {
		SeededPod crashing = DemoSeed.crashLoopPod(cluster);
		try (KubectlProcess watch = KubectlProcess.kubectl(cache, cluster.kubeconfigs().all(), Contexts.ADMIN, "get",
				"pod", crashing.name(), "-n", crashing.namespace(), "-w", "-o",
				"custom-columns=WAITING:.status.containerStatuses[0].state.waiting.reason,"
						+ "RUNNING:.status.containerStatuses[0].state.running.startedAt,"
						+ "RESTARTS:.status.containerStatuses[0].restartCount")) {
			String backOff = watch.awaitLine("CrashLoopBackOff", TIMEOUT, line -> line.startsWith("CrashLoopBackOff"));
			String running = watch.awaitLine("running again", TIMEOUT, line -> line.startsWith("<none>"));
			String backOffAgain = watch.awaitLine("CrashLoopBackOff again", TIMEOUT,
					line -> line.startsWith("CrashLoopBackOff"));

			assertEquals(restarts(backOff), restarts(running), "a restart counts when it crashes");
			assertEquals(restarts(running) + 1, restarts(backOffAgain));
			assertTrue(restarts(backOff) >= 1);
		}
	}

	private static V1ContainerStatus container(CoreV1Api core, SeededPod pod) throws Exception {
		return core.readNamespacedPod(pod.name(), pod.namespace()).execute().getStatus().getContainerStatuses().get(0);
	}

	private static int restarts(String line) {
		String[] columns = line.trim().split("\\s+");
		return Integer.parseInt(columns[columns.length - 1]);
	}
}
