package io.kube9.tests.cluster.selftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.KubeletContent;
import io.kube9.tests.cluster.KubeletContent.Container;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kubernetes.client.PodLogs;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.apis.CoreV1Api;

/**
 * Container logs come from kwok's kubelet endpoint through the API server, as {@link KubeletContent} says:
 * through the real kubectl and through the Java client.
 */
@WithTestCluster
class KubeletLogsTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	@TempDir
	Path cache;

	@Test
	void followingTheStreamingLogSeesNewLines(TestCluster cluster) throws Exception {
		Container where = KubeletContent.STREAMING.where();
		String pod = ContainerPods.first(cluster, where);
		try (KubectlProcess logs = KubectlProcess.kubectl(cache, cluster.kubeconfigs().all(), Contexts.ADMIN, "logs",
				"-f", "--tail=1", "-n", where.namespace(), pod, "-c", where.container())) {
			long first = sequence(logs.awaitLine("a log line", TIMEOUT, line -> true));
			// New lines, written after the follow began: 100 ms apart, so three within a few seconds.
			long later = sequence(logs.awaitLine("a line three later", TIMEOUT, line -> sequence(line) >= first + 3));
			assertTrue(later > first);
		}
	}

	@Test
	void theCrashingContainerHasAPreviousInstance(TestCluster cluster) throws Exception {
		Container where = KubeletContent.CRASHING.where();
		String pod = ContainerPods.first(cluster, where);
		Kubectl kubectl = new Kubectl(cache);

		Kubectl.Result current = kubectl.run(cluster.kubeconfigs().all(), Contexts.ADMIN, "logs", "-n",
				where.namespace(), pod, "-c", where.container());
		Kubectl.Result previous = kubectl.run(cluster.kubeconfigs().all(), Contexts.ADMIN, "logs", "--previous", "-n",
				where.namespace(), pod, "-c", where.container());

		assertEquals(0, previous.exitCode(), previous::toString);
		assertEquals(KubeletContent.CRASHING.current(), current.stdout().lines().toList());
		assertEquals(KubeletContent.CRASHING.previous(), previous.stdout().lines().toList());
	}

	@Test
	void theLargeLogIsServedWhole(TestCluster cluster) throws Exception {
		Container where = KubeletContent.LARGE.where();
		String pod = ContainerPods.first(cluster, where);
		Kubectl kubectl = new Kubectl(cache);

		Kubectl.Result all = kubectl.run(cluster.kubeconfigs().all(), Contexts.ADMIN, "logs", "-n", where.namespace(),
				pod, "-c", where.container());
		Kubectl.Result tail = kubectl.run(cluster.kubeconfigs().all(), Contexts.ADMIN, "logs", "--tail=2", "-n",
				where.namespace(), pod, "-c", where.container());

		assertEquals(0, all.exitCode(), all::toString);
		List<String> lines = all.stdout().lines().toList();
		assertEquals(KubeletContent.LARGE.lines(), lines.size());
		assertEquals(KubeletContent.LARGE.line(1), lines.get(0));
		assertEquals(KubeletContent.LARGE.lastLine(), lines.get(lines.size() - 1));
		assertTrue(all.stdout().length() > 3_000_000, "several MB: " + all.stdout().length());
		assertEquals(List.of(KubeletContent.LARGE.line(KubeletContent.LARGE.lines() - 1),
				KubeletContent.LARGE.lastLine()), tail.stdout().lines().toList());
	}

	@Test
	void everyOtherContainerHasTheDefaultLog(TestCluster cluster) throws Exception {
		Container api = new Container("team-a", "api", "api");
		Kubectl.Result result = new Kubectl(cache).run(cluster.kubeconfigs().all(), Contexts.ADMIN, "logs", "-n",
				api.namespace(), ContainerPods.first(cluster, api), "-c", api.container());

		assertEquals(0, result.exitCode(), result::toString);
		assertEquals(KubeletContent.DEFAULT_LOG, result.stdout().lines().toList());
	}

	@Test
	void theClientReadsPreviousLogsAndFollowsTheStream(TestCluster cluster) throws Exception {
		ApiClient client = cluster.client(Contexts.ADMIN, Duration.ofSeconds(5), Duration.ofSeconds(30));
		Container crashing = KubeletContent.CRASHING.where();
		String previous = new CoreV1Api(client).readNamespacedPodLog(ContainerPods.first(cluster, crashing),
				crashing.namespace()).container(crashing.container()).previous(true).execute();
		assertEquals(KubeletContent.CRASHING.previous(), previous.lines().toList());

		Container streaming = KubeletContent.STREAMING.where();
		try (InputStream stream = new PodLogs(client).streamNamespacedPodLog(streaming.namespace(),
				ContainerPods.first(cluster, streaming), streaming.container(), null, 1, false);
				BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
			CompletableFuture<long[]> lines = CompletableFuture.supplyAsync(() -> {
				try {
					return new long[] { sequence(reader.readLine()), sequence(reader.readLine()),
							sequence(reader.readLine()) };
				} catch (java.io.IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			});
			long[] sequences = lines.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
			assertEquals(sequences[0] + 1, sequences[1]);
			assertEquals(sequences[1] + 1, sequences[2]);
		}
	}

	private static long sequence(String line) {
		Matcher matcher = KubeletContent.STREAMING.line().matcher(line == null ? "" : line);
		if (!matcher.matches()) {
			throw new AssertionError("not a line of the streaming log: " + line);
		}
		return Long.parseLong(matcher.group(1));
	}
}
