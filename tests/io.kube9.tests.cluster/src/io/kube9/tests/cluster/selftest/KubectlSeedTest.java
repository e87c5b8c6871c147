package io.kube9.tests.cluster.selftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.DemoSeed;
import io.kube9.tests.cluster.SeededPod;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kube9.tests.cluster.internal.Poll;

/** The real kubectl sees exactly the seeded data through the admin context. */
@WithTestCluster
class KubectlSeedTest {

	@TempDir
	Path cache;

	@Test
	void adminListsTheSeededPodsInAllNamespaces(TestCluster cluster) throws Exception {
		Kubectl.Result result = new Kubectl(cache).run(cluster.kubeconfigs().all(), Contexts.ADMIN, "get", "pods",
				"-A", "-o", "json");

		assertEquals(0, result.exitCode(), result::toString);
		Set<String> listed = new TreeSet<>();
		for (JsonElement item : result.json().getAsJsonArray("items")) {
			JsonObject pod = item.getAsJsonObject();
			JsonObject metadata = pod.getAsJsonObject("metadata");
			listed.add(metadata.get("namespace").getAsString() + "/" + metadata.get("name").getAsString() + " "
					+ pod.getAsJsonObject("status").get("phase").getAsString());
		}
		Set<String> seeded = DemoSeed.pods(cluster).stream().map(pod -> pod.key() + " " + pod.phase())
				.collect(Collectors.toCollection(TreeSet::new));
		assertEquals(seeded, listed);
	}

	@Test
	void crashLoopPodShowsItsWaitingReasonAndRestarts(TestCluster cluster) throws Exception {
		SeededPod crashing = DemoSeed.crashLoopPod(cluster);
		Kubectl kubectl = new Kubectl(cache);

		// It is Running for a moment after each restart; between restarts it backs off.
		JsonObject container = Poll.until("the crash-looping pod in back-off", Duration.ofSeconds(30),
				Duration.ofMillis(250), () -> {
					Kubectl.Result result = kubectl.run(cluster.kubeconfigs().all(), Contexts.ADMIN, "get", "pod",
							"-n", crashing.namespace(), crashing.name(), "-o", "json");
					assertEquals(0, result.exitCode(), result::toString);
					JsonObject status = result.json().getAsJsonObject("status").getAsJsonArray("containerStatuses")
							.get(0).getAsJsonObject();
					return status.getAsJsonObject("state").has("waiting") ? status : null;
				});

		assertEquals("CrashLoopBackOff",
				container.getAsJsonObject("state").getAsJsonObject("waiting").get("reason").getAsString());
		assertTrue(container.get("restartCount").getAsInt() >= crashing.restarts());
		assertEquals(false, container.get("ready").getAsBoolean());
		JsonObject terminated = container.getAsJsonObject("lastState").getAsJsonObject("terminated");
		assertEquals(1, terminated.get("exitCode").getAsInt());
		assertEquals("Error", terminated.get("reason").getAsString());
	}

	@Test
	void nodesAreTheSeededOnesAndReady(TestCluster cluster) throws Exception {
		Kubectl.Result result = new Kubectl(cache).run(cluster.kubeconfigs().all(), Contexts.ADMIN, "get", "nodes",
				"-o", "json");

		assertEquals(0, result.exitCode(), result::toString);
		Set<String> ready = new TreeSet<>();
		for (JsonElement item : result.json().getAsJsonArray("items")) {
			JsonObject node = item.getAsJsonObject();
			for (JsonElement condition : node.getAsJsonObject("status").getAsJsonArray("conditions")) {
				JsonObject c = condition.getAsJsonObject();
				if (c.get("type").getAsString().equals("Ready") && c.get("status").getAsString().equals("True")) {
					ready.add(node.getAsJsonObject("metadata").get("name").getAsString());
				}
			}
		}
		assertEquals(new TreeSet<>(DemoSeed.nodes()), ready);
	}
}
