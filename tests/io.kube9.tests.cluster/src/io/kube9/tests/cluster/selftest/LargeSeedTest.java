package io.kube9.tests.cluster.selftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.tests.cluster.LargeSeed;
import io.kube9.tests.cluster.Seed;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.internal.ClusterFiles;
import io.kube9.tests.cluster.internal.ClusterState;
import io.kube9.tests.cluster.internal.KwokSettling;
import io.kube9.tests.cluster.internal.RecordedProcess;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1PodList;

/**
 * A private (not shared) cluster with a scaled-down large seed: the parallel seeding creates exactly what the
 * spec says, with Running pods; stop() ends every process. (The full 5,000-pod seed is measured by hand.)
 */
class LargeSeedTest {

	@TempDir
	Path directory;

	@Test
	void largeSeedCreatesWhatItsSpecSays() throws Exception {
		LargeSeed.Spec spec = new LargeSeed.Spec(5, 20, 300);
		TestCluster cluster = TestCluster.start(directory.resolve("cluster"), directory.resolve("kubeconfig"),
				EnumSet.of(Seed.LARGE), spec);
		List<RecordedProcess> processes = ClusterState.load(new ClusterFiles(cluster.directory())).orElseThrow()
				.processesInStopOrder();
		try {
			assertFalse(cluster.isShared());
			CoreV1Api core = new CoreV1Api(cluster.adminClient());
			Set<String> running = new HashSet<>();
			String token = null;
			do {
				V1PodList page = core.listNamespacedPod(LargeSeed.podsNamespace()).limit(100)._continue(token)
						.execute();
				page.getItems().stream().filter(pod -> "Running".equals(pod.getStatus().getPhase()))
						.forEach(pod -> running.add(pod.getMetadata().getName()));
				token = page.getMetadata().getContinue();
			} while (token != null && !token.isEmpty());
			assertEquals(new HashSet<>(LargeSeed.pods(spec)), running);
			assertEquals(spec.namespaces(),
					core.listNamespace().labelSelector("kube9-seed=large").execute().getItems().size());
			// What the seed waits on to let kwok settle: a Running status written for every pod, read right.
			long patches = KwokSettling.podStatusPatches(cluster.adminClient());
			assertTrue(patches >= spec.pods(), patches + " pod status patches for " + spec.pods() + " pods");
			assertEquals(new HashSet<>(LargeSeed.nodes(spec)), new HashSet<>(core.listNode().execute().getItems()
					.stream().map(node -> node.getMetadata().getName()).toList()));
		} finally {
			cluster.stop();
		}
		for (RecordedProcess process : processes) {
			assertFalse(process.alive(), "stopped: " + process);
		}
		assertFalse(Files.exists(cluster.directory()));
	}
}
