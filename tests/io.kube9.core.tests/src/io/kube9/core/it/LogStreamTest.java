package io.kube9.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.kube9.core.Backend;
import io.kube9.core.Kube9Core;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.logs.LogNotice;
import io.kube9.core.logs.LogRequest;
import io.kube9.core.logs.LogSession;
import io.kube9.core.logs.LogTarget;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourceRef;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.KubeletContent;
import io.kube9.tests.cluster.KubeletContent.Container;
import io.kube9.tests.cluster.TemporaryNamespace;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodSpec;

/** Container logs streamed from kwok's kubelet through the API server: followed, resumed, bounded, refused. */
@WithTestCluster
class LogStreamTest {

	private static final Duration LIMIT = Duration.ofSeconds(30);

	@TempDir
	Path folder;

	@ParameterizedTest
	@EnumSource(Backend.class)
	void followsTheLogAndResumesAfterACutWithoutRepeatingOrLosingALine(Backend backend, TestCluster cluster)
			throws Exception {
		try (CuttingProxy proxy = new CuttingProxy(cluster.port());
				Kube9Core engine = Kube9Core.create(Engines.settings(proxied(cluster, proxy), cluster.kubeconfigs().all())
						.withBackend(backend).withKubectlFallback(false))) {
			Container where = KubeletContent.STREAMING.where();
			LogRecorder recorder = new LogRecorder();
			LogSession session = engine.logs().open(
					LogRequest.following("proxied", where.namespace(), firstPod(cluster, where), where.container(), 3),
					recorder);
			recorder.await("ten lines", LIMIT, r -> r.lines().size() >= 10);

			proxy.cut();
			recorder.await("a drop", LIMIT, r -> r.has(LogNotice.Kind.DROPPED));
			int beforeResume = recorder.lines().size();
			recorder.await("a resume", LIMIT, r -> r.has(LogNotice.Kind.RESUMED));
			recorder.await("ten lines after the resume", LIMIT, r -> r.lines().size() >= beforeResume + 10);
			session.stop();

			assertTrue(session.awaitEnd(LIMIT));
			assertEquals(LogNotice.Kind.ENDED, recorder.last().kind());
			List<Long> sequences = recorder.lines().stream().map(LogStreamTest::sequence).toList();
			for (int i = 1; i < sequences.size(); i++) {
				assertEquals(sequences.get(i - 1) + 1, sequences.get(i), "line " + i + " of " + sequences);
			}
		}
	}

	@Test
	void readsThePreviousInstanceThroughBothBackends(TestCluster cluster) throws Exception {
		Container where = KubeletContent.CRASHING.where();
		for (Backend backend : Backend.values()) {
			try (Kube9Core engine = engine(cluster, backend)) {
				LogRecorder recorder = new LogRecorder();
				LogSession session = engine.logs().open(new LogRequest(Contexts.ADMIN, where.namespace(),
						firstPod(cluster, where), where.container(), LogRequest.ALL_LINES, true, false, null, true),
						recorder);

				assertTrue(session.awaitEnd(LIMIT), backend + ": " + recorder.notices());
				assertEquals(KubeletContent.CRASHING.previous(), recorder.lines(), backend.toString());
				assertEquals(LogNotice.Kind.ENDED, recorder.last().kind(), backend + ": " + recorder.notices());
			}
		}
	}

	@Test
	void theLargeLogArrivesWholeInFewBatches(TestCluster cluster) throws Exception {
		Container where = KubeletContent.LARGE.where();
		try (Kube9Core engine = engine(cluster, Backend.API_CLIENT)) {
			LogRecorder recorder = new LogRecorder();
			LogSession session = engine.logs().open(new LogRequest(Contexts.ADMIN, where.namespace(),
					firstPod(cluster, where), where.container(), LogRequest.ALL_LINES, false, false, null, false),
					recorder);

			assertTrue(session.awaitEnd(LIMIT), recorder.notices()::toString);
			List<String> lines = recorder.lines();
			assertEquals(KubeletContent.LARGE.lines(), lines.size());
			assertEquals(KubeletContent.LARGE.line(1), lines.get(0));
			assertEquals(KubeletContent.LARGE.lastLine(), lines.get(lines.size() - 1));
			assertTrue(recorder.batches() <= lines.size() / 10, recorder.batches() + " batches");
		}
	}

	@Test
	void kubectlFollowsWithATail(TestCluster cluster) throws Exception {
		Container where = KubeletContent.STREAMING.where();
		try (Kube9Core engine = engine(cluster, Backend.KUBECTL)) {
			LogRecorder recorder = new LogRecorder();
			LogSession session = engine.logs().open(
					LogRequest.following(Contexts.ADMIN, where.namespace(), firstPod(cluster, where), where.container(), 2),
					recorder);
			recorder.await("five lines", LIMIT, r -> r.lines().size() >= 5);
			session.stop();

			assertTrue(session.awaitEnd(LIMIT));
			List<Long> sequences = recorder.lines().stream().map(LogStreamTest::sequence).toList();
			assertEquals(sequences.get(0) + 4, sequences.get(4), sequences::toString);
		}
	}

	@Test
	void closingTheEngineEndsItsStreams(TestCluster cluster) throws Exception {
		Container where = KubeletContent.STREAMING.where();
		LogRecorder recorder = new LogRecorder();
		LogSession session;
		try (Kube9Core engine = engine(cluster, Backend.API_CLIENT)) {
			session = engine.logs().open(
					LogRequest.following(Contexts.ADMIN, where.namespace(), firstPod(cluster, where), where.container(), 1),
					recorder);
			recorder.await("a line", LIMIT, r -> !r.lines().isEmpty());
		}
		assertTrue(session.awaitEnd(LIMIT), recorder.notices()::toString);
		assertEquals(LogNotice.Kind.ENDED, recorder.last().kind());
	}

	@Test
	void aUserWithoutAccessToTheNamespaceIsToldPermissionDenied(TestCluster cluster) throws Exception {
		Container where = KubeletContent.STREAMING.where();
		for (Backend backend : Backend.values()) {
			try (Kube9Core engine = engine(cluster, backend)) {
				LogRecorder recorder = new LogRecorder();
				LogSession session = engine.logs().open(LogRequest.following(Contexts.RESTRICTED, where.namespace(),
						firstPod(cluster, where), where.container(), 10), recorder);

				assertTrue(session.awaitEnd(LIMIT), backend + ": " + recorder.notices());
				LogNotice last = recorder.last();
				assertEquals(LogNotice.Kind.FAILED, last.kind(), backend + ": " + recorder.notices());
				assertEquals(ErrorKind.PERMISSION, last.failure().kind(), backend + ": " + last);
				assertEquals(List.of(), recorder.lines());
			}
		}
	}

	@Test
	void aWorkloadShowsItsPodsContainers(TestCluster cluster) throws Exception {
		Container where = KubeletContent.STREAMING.where();
		try (Kube9Core engine = engine(cluster, Backend.API_CLIENT)) {
			List<LogTarget> deployment = engine.logs().targets(
					new ResourceRef(Contexts.ADMIN, ResourceKinds.DEPLOYMENTS, where.namespace(), where.app()));
			List<String> pods = new CoreV1Api(cluster.adminClient()).listNamespacedPod(where.namespace())
					.labelSelector(where.labelSelector()).execute().getItems().stream()
					.map(pod -> pod.getMetadata().getName()).sorted().toList();
			assertEquals(pods, deployment.stream().map(LogTarget::pod).sorted().toList());
			assertTrue(deployment.stream().allMatch(target -> target.container().equals(where.container())
					&& target.role() == LogTarget.Role.CONTAINER), deployment::toString);

			List<LogTarget> pod = engine.logs()
					.targets(new ResourceRef(Contexts.ADMIN, ResourceKinds.PODS, where.namespace(), pods.get(0)));
			assertEquals(List.of(new LogTarget(where.namespace(), pods.get(0), where.container(),
					LogTarget.Role.CONTAINER, 0)), pod);
		}
	}

	@Test
	void aFollowedLogEndsWhenItsPodIsGone(TestCluster cluster) throws Exception {
		try (TemporaryNamespace namespace = cluster.temporaryNamespace("logs");
				Kube9Core engine = engine(cluster, Backend.API_CLIENT)) {
			CoreV1Api core = new CoreV1Api(cluster.adminClient());
			core.createNamespacedPod(namespace.name(), new V1Pod()
					.metadata(new V1ObjectMeta().name("short-lived").namespace(namespace.name()))
					.spec(new V1PodSpec().overhead(null)
							.addContainersItem(new V1Container().name("app").image("busybox:1.37"))))
					.execute();
			long deadline = System.nanoTime() + LIMIT.toNanos();
			while (!"Running".equals(core.readNamespacedPod("short-lived", namespace.name()).execute().getStatus()
					.getPhase())) {
				assertTrue(System.nanoTime() < deadline, "the pod runs");
				LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
			}
			LogRecorder recorder = new LogRecorder();
			LogSession session = engine.logs()
					.open(LogRequest.following(Contexts.ADMIN, namespace.name(), "short-lived", "app", 100), recorder);
			recorder.await("the container's lines", LIMIT, r -> r.lines().equals(KubeletContent.DEFAULT_LOG));

			core.deleteNamespacedPod("short-lived", namespace.name()).gracePeriodSeconds(0).execute();
			assertTrue(session.awaitEnd(LIMIT), "ended: " + recorder.notices());
			assertEquals(LogNotice.Kind.ENDED, recorder.last().kind());
			assertTrue(recorder.last().message().contains("short-lived") && recorder.last().message().contains("gone"),
					recorder.last().message());
			assertEquals(KubeletContent.DEFAULT_LOG, recorder.lines());
		}
	}

	private static Kube9Core engine(TestCluster cluster, Backend backend) {
		return Kube9Core.create(Engines.settings(cluster.kubeconfigs().all()).withBackend(backend)
				.withKubectlFallback(false));
	}

	/** A kubeconfig whose context "proxied" is the admin reaching the API server through the proxy. */
	private Path proxied(TestCluster cluster, CuttingProxy proxy) throws Exception {
		ExtraKubeconfig extra = new ExtraKubeconfig(cluster);
		String ca = Base64.getEncoder().encodeToString(Files.readString(cluster.caCertificate(), StandardCharsets.US_ASCII)
				.getBytes(StandardCharsets.US_ASCII));
		return extra.cluster("proxied", Map.of("server", proxy.url(), "certificate-authority-data", ca))
				.context("proxied", "proxied", extra.userOf(Contexts.ADMIN)).write(folder.resolve("proxied.yaml"));
	}

	static String firstPod(TestCluster cluster, Container where) throws Exception {
		return new CoreV1Api(cluster.adminClient()).listNamespacedPod(where.namespace())
				.labelSelector(where.labelSelector()).execute().getItems().stream().map(V1Pod::getMetadata)
				.map(metadata -> metadata.getName()).sorted().findFirst()
				.orElseThrow(() -> new AssertionError("no pod of " + where));
	}

	static long sequence(String line) {
		Matcher matcher = KubeletContent.STREAMING.line().matcher(line);
		if (!matcher.matches()) {
			throw new AssertionError("not a line of the streaming log: " + line);
		}
		return Long.parseLong(matcher.group(1));
	}
}
