package io.kube9.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.kube9.core.Kube9Core;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.resources.ResourceKind;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourceQuery;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.SharedTestCluster;
import io.kube9.tests.cluster.TestCluster;

/**
 * Each failure the test cluster can produce arrives classified, in the context it belongs to, within the
 * configured timeout, and the other contexts keep working.
 */
class FailureClassificationTest {

	private static TestCluster cluster;
	private static Kube9Core engine;

	@BeforeAll
	static void start() {
		cluster = SharedTestCluster.get();
		// No kubectl fallback: these failures must come from the API client itself.
		engine = Kube9Core.create(Engines.settings(cluster.kubeconfigs().all()).withKubectlFallback(false));
	}

	@AfterAll
	static void stop() {
		engine.close();
	}

	@Test
	void unknownTokenIsAnAuthenticationFailure() {
		assertEquals(ErrorKind.AUTHENTICATION, failure(Contexts.BAD_TOKEN, ResourceKinds.NAMESPACES).kind());
	}

	@Test
	void secretsWithoutRbacArePermissionDeniedWhileOtherKindsLoad() throws KubeException {
		KubeException error = failure(Contexts.VIEWER, ResourceKinds.SECRETS);
		assertEquals(ErrorKind.PERMISSION, error.kind());
		assertTrue(error.detail().contains("secrets"), error.detail());
		assertFalse(engine.resources().list(ResourceQuery.of(Contexts.VIEWER, ResourceKinds.CONFIGMAPS)).items()
				.isEmpty());
	}

	@Test
	void aRestrictedUserIsDeniedOutsideItsNamespace() {
		KubeException error = assertThrows(KubeException.class, () -> engine.resources()
				.list(ResourceQuery.of(Contexts.RESTRICTED, ResourceKinds.PODS).inNamespace("team-b")));
		assertEquals(ErrorKind.PERMISSION, error.kind());
	}

	@Test
	void aMissingKindIsNotFound() {
		ResourceKind widgets = ResourceKinds.custom("example.invalid", "v1", "widgets", "Widget", true);
		assertEquals(ErrorKind.NOT_FOUND, failure(Contexts.ADMIN, widgets).kind());
	}

	@Test
	void aClosedPortIsRefused() {
		assertEquals(ErrorKind.REFUSED, failure(Contexts.UNREACHABLE, ResourceKinds.NAMESPACES).kind());
	}

	@Test
	void anUnresolvableHostIsDns() {
		assertEquals(ErrorKind.DNS, failure(Contexts.DNS_FAIL, ResourceKinds.NAMESPACES).kind());
	}

	@Test
	void aListenerThatNeverAnswersTimesOutAtTheConfiguredTimeout() {
		long start = System.nanoTime();
		assertEquals(ErrorKind.TIMEOUT, failure(Contexts.BLACKHOLE, ResourceKinds.NAMESPACES).kind());
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		// The configured limit is 4 s; the default (30 s) would mean the setting was ignored.
		assertTrue(took.compareTo(Duration.ofSeconds(20)) < 0, "gave up after " + took);
	}

	@Test
	void aQueryTimeLimitEndsAWaitTheSettingsWouldLetLast() {
		Duration connect = Duration.ofSeconds(20);
		try (Kube9Core patient = Kube9Core.create(Engines.settings(cluster.kubeconfigs().all())
				.withKubectlFallback(false).withTimeouts(connect, Duration.ofSeconds(30)))) {
			ResourceQuery query = ResourceQuery.of(Contexts.BLACKHOLE, ResourceKinds.NAMESPACES)
					.withTimeout(Duration.ofSeconds(1));
			long start = System.nanoTime();
			KubeException error = assertThrows(KubeException.class, () -> patient.resources().refresh(query));
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			assertEquals(ErrorKind.TIMEOUT, error.kind());
			// Without the query's limit the engine waits 20 s (connect) or 30 s (request).
			assertTrue(took.compareTo(connect.dividedBy(2)) < 0, "gave up after " + took);
		}
	}

	@Test
	void aFailingPluginShowsItsExitCodeAndStderr() {
		KubeException error = failure(Contexts.EXEC_FAILING, ResourceKinds.NAMESPACES);
		assertEquals(ErrorKind.CREDENTIAL_PLUGIN, error.kind());
		assertTrue(error.detail().contains("exited with code " + Contexts.EXEC_FAILING_EXIT_CODE), error.detail());
		assertTrue(error.detail().contains(Contexts.EXEC_FAILING_MESSAGE), error.detail());
	}

	@Test
	void aMissingPluginIsNamed() {
		KubeException error = failure(Contexts.EXEC_MISSING, ResourceKinds.NAMESPACES);
		assertEquals(ErrorKind.CREDENTIAL_PLUGIN, error.kind());
		assertTrue(error.detail().contains(Contexts.EXEC_MISSING_COMMAND), error.detail());
	}

	@Test
	void failuresStayInTheirContext() throws KubeException {
		for (String broken : List.of(Contexts.UNREACHABLE, Contexts.BAD_TOKEN, Contexts.EXEC_FAILING)) {
			failure(broken, ResourceKinds.NODES);
		}
		assertFalse(engine.resources().list(ResourceQuery.of(Contexts.ADMIN, ResourceKinds.NODES)).items().isEmpty());
	}

	private static KubeException failure(String context, ResourceKind kind) {
		return assertThrows(KubeException.class,
				() -> engine.resources().refresh(ResourceQuery.of(context, kind)));
	}
}
