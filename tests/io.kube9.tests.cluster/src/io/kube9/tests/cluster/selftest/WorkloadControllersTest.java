package io.kube9.tests.cluster.selftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.TemporaryNamespace;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kubernetes.client.openapi.models.V1Pod;

/**
 * The controller-manager, the scheduler and kwok act on what kubectl asks: a Deployment's ReplicaSet makes pods
 * that turn Running, scaling and restarting change them, a deleted pod is replaced, a watch sees it all.
 * Each test in a namespace of its own, removed again with its content.
 */
@WithTestCluster
class WorkloadControllersTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	@TempDir
	Path cache;

	@Test
	void scalingCreatesAndRemovesPodsThatTurnRunning(TestCluster cluster) throws Exception {
		try (TemporaryNamespace namespace = cluster.temporaryNamespace("kube9-selftest-scale")) {
			kubectl(cluster, "create", "deployment", "shop", "-n", namespace.name(), "--image=nginx:1.27.3",
					"--replicas=1");
			PodsOf pods = new PodsOf(cluster.adminClient(), namespace.name(), "app=shop");
			Set<String> one = pods.awaitRunning(1);

			kubectl(cluster, "scale", "deployment", "shop", "-n", namespace.name(), "--replicas=3");
			Set<String> three = pods.awaitRunning(3);
			assertTrue(three.containsAll(one), "scaling up keeps the running pod");

			kubectl(cluster, "scale", "deployment", "shop", "-n", namespace.name(), "--replicas=1");
			Set<String> left = pods.await("one pod, the others gone", list -> list.size() == 1
					&& list.stream().allMatch(PodsOf::runningAndReady));
			assertTrue(three.containsAll(left));
		}
	}

	@Test
	void aRolloutRestartReplacesThePods(TestCluster cluster) throws Exception {
		try (TemporaryNamespace namespace = cluster.temporaryNamespace("kube9-selftest-restart")) {
			kubectl(cluster, "create", "deployment", "shop", "-n", namespace.name(), "--image=nginx:1.27.3",
					"--replicas=2");
			PodsOf pods = new PodsOf(cluster.adminClient(), namespace.name(), "app=shop");
			Set<String> before = pods.awaitRunning(2);

			kubectl(cluster, "rollout", "restart", "deployment/shop", "-n", namespace.name());
			kubectl(cluster, "rollout", "status", "deployment/shop", "-n", namespace.name(), "--timeout=60s");

			Set<String> after = pods.await("two new Running pods, the old ones gone",
					list -> list.size() == 2 && list.stream().allMatch(PodsOf::runningAndReady)
							&& Collections.disjoint(PodsOf.names(list), before));
			assertEquals(2, after.size());
		}
	}

	@Test
	void aDeletedPodOfAReplicaSetIsReplaced(TestCluster cluster) throws Exception {
		try (TemporaryNamespace namespace = cluster.temporaryNamespace("kube9-selftest-replace")) {
			kubectl(cluster, "create", "deployment", "shop", "-n", namespace.name(), "--image=nginx:1.27.3",
					"--replicas=2");
			PodsOf pods = new PodsOf(cluster.adminClient(), namespace.name(), "app=shop");
			Set<String> before = pods.awaitRunning(2);
			String victim = before.iterator().next();

			// kubectl waits until the pod is gone: kwok, its kubelet, removes it after its stop.
			kubectl(cluster, "delete", "pod", victim, "-n", namespace.name(), "--timeout=60s");

			Set<String> after = pods.awaitRunning(2);
			assertFalse(after.contains(victim));
			Set<String> kept = new HashSet<>(before);
			kept.remove(victim);
			assertTrue(after.containsAll(kept), "the other pod stays");
		}
	}

	@Test
	void watchingPodsSeesTheirLifecycle(TestCluster cluster) throws Exception {
		try (TemporaryNamespace namespace = cluster.temporaryNamespace("kube9-selftest-watch-pods");
				KubectlProcess watch = KubectlProcess.kubectl(cache, cluster.kubeconfigs().all(), Contexts.ADMIN,
						"get", "pods", "-w", "--output-watch-events", "-v=6", "-n", namespace.name(), "-o",
						"custom-columns=EVENT:.type,NAME:.object.metadata.name,PHASE:.object.status.phase,"
								+ "DELETING:.object.metadata.deletionTimestamp")) {
			// -v=6 logs each request with its status: the watch has begun once its answer came.
			watch.awaitStderr("the watch started", TIMEOUT, "watch=true 200 OK");
			kubectl(cluster, "run", "visitor", "-n", namespace.name(), "--image=busybox:1.37", "--restart=Never",
					"--", "sleep", "3600");

			watch.awaitLine("the new pod", TIMEOUT, line -> matches(line, "ADDED", "Pending"));
			watch.awaitLine("the pod Running", TIMEOUT, line -> matches(line, "MODIFIED", "Running"));
			kubectl(cluster, "delete", "pod", "visitor", "-n", namespace.name(), "--wait=false");
			watch.awaitLine("the pod terminating", TIMEOUT,
					line -> line.startsWith("MODIFIED") && line.contains("visitor") && !line.endsWith("<none>"));
			watch.awaitLine("the pod gone", TIMEOUT, line -> line.startsWith("DELETED") && line.contains("visitor"));
		}
	}

	@Test
	void aNewNamespaceGetsItsDefaultServiceAccountForItsPods(TestCluster cluster) throws Exception {
		try (TemporaryNamespace namespace = cluster.temporaryNamespace("kube9-selftest-account")) {
			kubectl(cluster, "run", "visitor", "-n", namespace.name(), "--image=busybox:1.37", "--restart=Never",
					"--", "sleep", "3600");
			PodsOf pods = new PodsOf(cluster.adminClient(), namespace.name(), "run=visitor");
			pods.awaitRunning(1);

			V1Pod pod = pods.list().get(0);
			assertEquals("default", pod.getSpec().getServiceAccountName());
			assertTrue(pod.getSpec().getVolumes().stream().anyMatch(volume -> volume.getProjected() != null
					&& volume.getName().startsWith("kube-api-access-")), "the ServiceAccount admission mounts a token");
		}
	}

	private static boolean matches(String line, String event, String phase) {
		String[] columns = line.trim().split("\\s+");
		return columns.length >= 3 && columns[0].equals(event) && columns[1].equals("visitor")
				&& columns[2].equals(phase);
	}

	private void kubectl(TestCluster cluster, String... arguments) throws Exception {
		Kubectl.Result result = new Kubectl(cache).run(cluster.kubeconfigs().all(), Contexts.ADMIN, arguments);
		assertEquals(0, result.exitCode(), () -> String.join(" ", arguments) + ": " + result + "\n" + result.stdout());
	}
}
