package io.kube9.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.kube9.core.Backend;
import io.kube9.core.Kube9Core;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.forward.PortForwardRequest;
import io.kube9.core.logs.LogNotice;
import io.kube9.core.logs.LogRequest;
import io.kube9.core.logs.LogSession;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourceRef;
import io.kube9.core.shell.ShellRequest;
import io.kube9.core.shell.Shells;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.KubeletContent;
import io.kube9.tests.cluster.KubeletContent.Container;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kube9.tests.cluster.support.Loopback;
import io.kubernetes.client.openapi.apis.CoreV1Api;

/**
 * Logs, shells and forwards with credentials from an exec plugin: the context "exec" authenticates as the viewer
 * through a credential plugin. The viewer may read logs (so they arrive), and may neither exec nor forward (so
 * those say Permission denied: the server knew who asked, which a missing or failed credential would not give).
 */
@WithTestCluster
class ExecCredentialsActTest {

	private static final Duration LIMIT = Duration.ofSeconds(30);

	@Test
	void logsArriveThroughBothBackends(TestCluster cluster) throws Exception {
		Container where = KubeletContent.CRASHING.where();
		String pod = LogStreamTest.firstPod(cluster, where);
		for (Backend backend : Backend.values()) {
			try (Kube9Core engine = Kube9Core.create(Engines.settings(cluster.kubeconfigs().all()).withBackend(backend)
					.withKubectlFallback(false))) {
				LogRecorder recorder = new LogRecorder();
				LogSession session = engine.logs().open(new LogRequest(Contexts.EXEC, where.namespace(), pod,
						where.container(), LogRequest.ALL_LINES, true, false, null, true), recorder);

				assertTrue(session.awaitEnd(LIMIT), backend + ": " + recorder.notices());
				assertEquals(KubeletContent.CRASHING.previous(), recorder.lines(), backend.toString());
				assertEquals(LogNotice.Kind.ENDED, recorder.last().kind(), backend + ": " + recorder.notices());
			}
		}
	}

	@Test
	void aShellIsRefusedAsTheViewerNotAsNobody(TestCluster cluster) throws Exception {
		String pod = new CoreV1Api(cluster.adminClient()).listNamespacedPod(Contexts.RESTRICTED_NAMESPACE)
				.labelSelector("app=api").execute().getItems().get(0).getMetadata().getName();
		try (Kube9Core engine = Engines.on(cluster.kubeconfigs().all())) {
			KubeException failure = assertThrows(KubeException.class, () -> Shells.open(engine,
					ShellRequest.defaultShell(Contexts.EXEC, Contexts.RESTRICTED_NAMESPACE, pod), 80, 24).close());

			assertEquals(ErrorKind.PERMISSION, failure.kind(), failure::toString);
		}
	}

	@Test
	void aForwardIsRefusedAsTheViewerNotAsNobody(TestCluster cluster) throws Exception {
		Container where = KubeletContent.CRASHING.where();
		String pod = LogStreamTest.firstPod(cluster, where);
		try (Kube9Core engine = Engines.on(cluster.kubeconfigs().all())) {
			int local = engine.forwards().proposeLocalPort(8080);
			KubeException denied = assertThrows(KubeException.class, () -> engine.forwards().start(new PortForwardRequest(
					new ResourceRef(Contexts.EXEC, ResourceKinds.PODS, where.namespace(), pod), 8080, local)));

			assertEquals(ErrorKind.PERMISSION, denied.kind(), denied::detail);
			assertTrue(Loopback.refuses(local));
		}
	}
}
