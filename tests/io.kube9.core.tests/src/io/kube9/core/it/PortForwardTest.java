package io.kube9.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.kube9.core.Kube9Core;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.forward.PortForward;
import io.kube9.core.forward.PortForwardRequest;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourceRef;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.KubeletContent;
import io.kube9.tests.cluster.KubeletContent.Container;
import io.kube9.tests.cluster.TemporaryNamespace;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kube9.tests.cluster.support.Conditions;
import io.kube9.tests.cluster.support.Loopback;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodSpec;

/**
 * Port forwards through the real kubectl to the pods kwok serves: an HTTP GET through the local port reaches the
 * cluster's local server; Stop closes the port; a Service maps to a ready pod; RBAC and a taken port say why.
 */
@WithTestCluster
class PortForwardTest {

	private static final Duration LIMIT = Duration.ofSeconds(30);
	private static final Container WEB = KubeletContent.STREAMING.where();

	@Test
	void aPodsPortAnswersThroughTheLocalPortUntilStopped(TestCluster cluster) throws Exception {
		try (Kube9Core engine = Kube9Core.create(Engines.settings(cluster.kubeconfigs().all()))) {
			LinkedBlockingQueue<String> changes = new LinkedBlockingQueue<>();
			engine.forwards().addListener(changes::add);
			String pod = LogStreamTest.firstPod(cluster, WEB);
			int local = engine.forwards().proposeLocalPort(8080);
			PortForward forward = engine.forwards().start(new PortForwardRequest(
					new ResourceRef(Contexts.ADMIN, ResourceKinds.PODS, WEB.namespace(), pod), 8080, local));

			assertEquals(WEB.namespace() + "/" + pod + ":8080", forward.remote());
			assertEquals("http://127.0.0.1:" + local, forward.url());
			assertEquals(List.of(forward), engine.forwards().forwards(Contexts.ADMIN));
			assertEquals(Contexts.ADMIN, changes.poll(LIMIT.toSeconds(), TimeUnit.SECONDS));
			assertEquals(KubeletContent.portForwardAnswer("GET", "/hello"), Loopback.get(forward.localPort(), "/hello", LIMIT));

			engine.forwards().stop(forward.id());
			assertEquals(List.of(), engine.forwards().forwards(Contexts.ADMIN));
			Conditions.await("the local port refusing", LIMIT, () -> Loopback.refuses(local));
			assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", local).close());
		}
	}

	@Test
	void aServiceForwardsToAReadyPodsTargetPort(TestCluster cluster) throws Exception {
		try (Kube9Core engine = Kube9Core.create(Engines.settings(cluster.kubeconfigs().all()))) {
			ResourceRef service = new ResourceRef(Contexts.ADMIN, ResourceKinds.SERVICES, WEB.namespace(), "web");
			assertEquals(List.of(80), engine.forwards().ports(service));
			int local = engine.forwards().proposeLocalPort(80);
			PortForward forward = engine.forwards().start(new PortForwardRequest(service, 80, local));

			assertEquals("web", forward.service());
			assertEquals(8080, forward.podPort());
			assertTrue(forward.pod().startsWith("web-"), forward.pod());
			assertEquals(KubeletContent.portForwardAnswer("GET", "/service"), Loopback.get(forward.localPort(), "/service", LIMIT));
		}
	}

	@Test
	void closingTheEngineStopsItsForwards(TestCluster cluster) throws Exception {
		int local;
		try (Kube9Core engine = Kube9Core.create(Engines.settings(cluster.kubeconfigs().all()))) {
			String pod = LogStreamTest.firstPod(cluster, WEB);
			local = engine.forwards().proposeLocalPort(8080);
			engine.forwards().start(new PortForwardRequest(
					new ResourceRef(Contexts.ADMIN, ResourceKinds.PODS, WEB.namespace(), pod), 8080, local));
			assertFalse(Loopback.refuses(local));
		}
		Conditions.await("the local port refusing", LIMIT, () -> Loopback.refuses(local));
	}

	@Test
	void aKilledKubectlIsReportedBroken(TestCluster cluster) throws Exception {
		try (Kube9Core engine = Kube9Core.create(Engines.settings(cluster.kubeconfigs().all()))) {
			String pod = LogStreamTest.firstPod(cluster, WEB);
			int local = engine.forwards().proposeLocalPort(8080);
			PortForward forward = engine.forwards().start(new PortForwardRequest(
					new ResourceRef(Contexts.ADMIN, ResourceKinds.PODS, WEB.namespace(), pod), 8080, local));
			ProcessHandle.current().descendants()
					.filter(process -> process.info().arguments()
							.map(arguments -> List.of(arguments).contains(local + ":8080")).orElse(false))
					.forEach(ProcessHandle::destroyForcibly);

			Conditions.await("the forward reported broken", LIMIT,
					() -> engine.forwards().forwards(Contexts.ADMIN).stream().anyMatch(PortForward::isBroken));
			PortForward broken = engine.forwards().forwards(Contexts.ADMIN).get(0);
			assertEquals(forward.id(), broken.id());
			engine.forwards().stop(forward.id());
			assertEquals(List.of(), engine.forwards().forwards(Contexts.ADMIN));
		}
	}

	@Test
	void aForwardWhosePodIsDeletedIsReportedBroken(TestCluster cluster) throws Exception {
		try (TemporaryNamespace namespace = cluster.temporaryNamespace("forward");
				Kube9Core engine = Kube9Core.create(Engines.settings(cluster.kubeconfigs().all()))) {
			CoreV1Api core = new CoreV1Api(cluster.adminClient());
			core.createNamespacedPod(namespace.name(), new V1Pod()
					.metadata(new V1ObjectMeta().name("short-lived").namespace(namespace.name()))
					.spec(new V1PodSpec().overhead(null)
							.addContainersItem(new V1Container().name("app").image("busybox:1.37"))))
					.execute();
			Conditions.await("the pod running", LIMIT, () -> running(core, namespace.name()));
			int local = engine.forwards().proposeLocalPort(8080);
			engine.forwards().start(new PortForwardRequest(
					new ResourceRef(Contexts.ADMIN, ResourceKinds.PODS, namespace.name(), "short-lived"), 8080, local));
			assertEquals(KubeletContent.portForwardAnswer("GET", "/before"), Loopback.get(local, "/before", LIMIT));

			core.deleteNamespacedPod("short-lived", namespace.name()).gracePeriodSeconds(0).execute();
			Conditions.await("the forward reported broken", LIMIT,
					() -> engine.forwards().forwards(Contexts.ADMIN).stream().anyMatch(PortForward::isBroken));
			PortForward broken = engine.forwards().forwards(Contexts.ADMIN).get(0);
			assertEquals(ErrorKind.NOT_FOUND, broken.problem().kind());
			assertEquals("Pod " + namespace.name() + "/short-lived is gone", broken.problem().detail());
			Conditions.await("the local port refusing", LIMIT, () -> Loopback.refuses(local));
		}
	}

	private static boolean running(CoreV1Api core, String namespace) {
		try {
			return "Running".equals(core.readNamespacedPod("short-lived", namespace).execute().getStatus().getPhase());
		} catch (io.kubernetes.client.openapi.ApiException e) {
			return false;
		}
	}

	@Test
	void theRestrictedUserIsDeniedPortForward(TestCluster cluster) throws Exception {
		Container worker = KubeletContent.CRASHING.where();
		try (Kube9Core engine = Kube9Core.create(Engines.settings(cluster.kubeconfigs().all()))) {
			String pod = LogStreamTest.firstPod(cluster, worker);
			int local = engine.forwards().proposeLocalPort(8080);
			KubeException denied = assertThrows(KubeException.class, () -> engine.forwards().start(new PortForwardRequest(
					new ResourceRef(Contexts.RESTRICTED, ResourceKinds.PODS, worker.namespace(), pod), 8080, local)));

			assertEquals(ErrorKind.PERMISSION, denied.kind(), denied::detail);
			List<PortForward> kept = engine.forwards().forwards(Contexts.RESTRICTED);
			assertEquals(1, kept.size());
			assertTrue(kept.get(0).problem() == denied, "the item says what the start said");
			assertTrue(Loopback.refuses(local));
			engine.forwards().stop(kept.get(0).id());
			assertEquals(List.of(), engine.forwards().forwards(Contexts.RESTRICTED));
		}
	}

	@Test
	void aTakenLocalPortSaysSo(TestCluster cluster) throws Exception {
		try (Kube9Core engine = Kube9Core.create(Engines.settings(cluster.kubeconfigs().all()));
				ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
			int port = taken.getLocalPort();
			assertNotEquals(port, engine.forwards().proposeLocalPort(port));
			KubeException failure = assertThrows(KubeException.class, () -> engine.forwards().start(
					new PortForwardRequest(new ResourceRef(Contexts.ADMIN, ResourceKinds.PODS, WEB.namespace(),
							LogStreamTest.firstPod(cluster, WEB)), 8080, port)));

			assertEquals("Local port " + port + " is already in use", failure.getMessage());
			assertEquals(List.of(), engine.forwards().forwards(Contexts.ADMIN));
		}
	}
}
