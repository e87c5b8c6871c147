package io.kube9.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

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

	private static ContextPerformance context(Kube9Core engine, String context) {
		return engine.performance().statistics().stream().filter(c -> c.context().equals(context)).findFirst()
				.orElseThrow(() -> new AssertionError(engine.performance().statistics().toString()));
	}
}
