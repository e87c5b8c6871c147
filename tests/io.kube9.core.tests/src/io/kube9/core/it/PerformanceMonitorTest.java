package io.kube9.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.kube9.core.Backend;
import io.kube9.core.Kube9Core;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.performance.ContextPerformance;
import io.kube9.core.performance.RequestStatistics;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourceQuery;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.SharedTestCluster;
import io.kube9.tests.cluster.TestCluster;

/** The performance monitor counts what really happened on the test cluster, per backend. */
class PerformanceMonitorTest {

	@ParameterizedTest
	@EnumSource(Backend.class)
	void listingPodsCountsThatKindAndBackendAndTheCacheLookups(Backend backend) throws KubeException {
		TestCluster cluster = SharedTestCluster.get();
		try (Kube9Core engine = Kube9Core.create(Engines.settings(cluster.kubeconfigs().all()).withBackend(backend))) {
			ResourceQuery pods = ResourceQuery.of(Contexts.ADMIN, ResourceKinds.PODS);
			engine.resources().list(pods);
			engine.resources().list(pods); // from the cache
			engine.resources().refresh(pods);

			ContextPerformance admin = context(engine, Contexts.ADMIN);
			String backendName = backend == Backend.KUBECTL ? "kubectl" : "api-client";
			RequestStatistics row = admin.request("pods", backendName).orElseThrow(() -> new AssertionError(admin.toString()));
			assertEquals(2, row.count(), row.toString());
			assertEquals(0, row.errors());
			assertTrue(row.p50().toNanos() > 0 && row.p95().compareTo(row.p50()) >= 0, row.toString());
			assertEquals(1, admin.cacheHits());
			assertEquals(1, admin.cacheMisses());
			assertEquals(Map.of(), admin.errors());

			engine.performance().reset();
			assertTrue(engine.performance().statistics().isEmpty());
		}
	}

	@ParameterizedTest
	@EnumSource(Backend.class)
	void aRefusedContextCountsAsARefusedError(Backend backend) {
		TestCluster cluster = SharedTestCluster.get();
		try (Kube9Core engine = Kube9Core.create(Engines.settings(cluster.kubeconfigs().all()).withBackend(backend)
				.withKubectlFallback(false))) {
			KubeException failure = assertThrows(KubeException.class, () -> engine.resources()
					.list(ResourceQuery.of(Contexts.UNREACHABLE, ResourceKinds.NAMESPACES)));
			assertEquals(ErrorKind.REFUSED, failure.kind());

			ContextPerformance unreachable = context(engine, Contexts.UNREACHABLE);
			assertEquals(Map.of(ErrorKind.REFUSED, 1L), unreachable.errors());
			String backendName = backend == Backend.KUBECTL ? "kubectl" : "api-client";
			RequestStatistics row = unreachable.request("namespaces", backendName).orElseThrow();
			assertEquals(1, row.count());
			assertEquals(1, row.errors());
		}
	}

	@Test
	void aRequestOverTheThresholdIsLoggedOnceAsAWarningWithoutUrlsOrSecrets() throws KubeException {
		TestCluster cluster = SharedTestCluster.get();
		List<IStatus> logged = new CopyOnWriteArrayList<>();
		ILogListener listener = (status, plugin) -> {
			if (status.getMessage().startsWith("Slow request")) {
				logged.add(status);
			}
		};
		Platform.addLogListener(listener);
		try (Kube9Core engine = Kube9Core.create(Engines.settings(cluster.kubeconfigs().all())
				.withSlowRequestThreshold(Duration.ofNanos(1)))) {
			engine.resources().list(ResourceQuery.of(Contexts.ADMIN, ResourceKinds.NAMESPACES));
		} finally {
			Platform.removeLogListener(listener);
		}
		assertEquals(1, logged.size(), logged.toString());
		IStatus status = logged.get(0);
		assertEquals(IStatus.WARNING, status.getSeverity());
		String message = status.getMessage();
		assertTrue(message.contains("namespaces") && message.contains(Contexts.ADMIN) && message.contains("api-client")
				&& message.contains(" ms"), message);
		assertFalse(message.contains("http") || message.contains("127.0.0.1") || message.contains("?"), message);
	}

	private static ContextPerformance context(Kube9Core engine, String context) {
		return engine.performance().statistics().stream().filter(c -> c.context().equals(context)).findFirst()
				.orElseThrow(() -> new AssertionError(engine.performance().statistics().toString()));
	}
}
