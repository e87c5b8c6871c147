package io.kube9.core.internal.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.performance.ContextPerformance;
import io.kube9.core.performance.RequestStatistics;

/** The recorder's counts, percentiles, reset, thread safety and slow-request report, without a cluster. */
class PerformanceRecorderTest {

	private static final long MS = 1_000_000L;

	private final List<SlowRequest> slow = new ArrayList<>();
	private final PerformanceRecorder recorder = new PerformanceRecorder(() -> Duration.ofSeconds(2), slow::add);

	@Test
	void percentilesAreNearestRankOverTheLatencies() {
		for (int millis = 100; millis >= 1; millis--) {
			recorder.request("a", "pods", "api-client", millis * MS, null);
		}
		RequestStatistics pods = only(recorder.statistics()).request("pods", "api-client").orElseThrow();
		assertEquals(100, pods.count());
		assertEquals(0, pods.errors());
		assertEquals(Duration.ofMillis(50), pods.p50());
		assertEquals(Duration.ofMillis(95), pods.p95());
	}

	@Test
	void rowsAreKeptApartByContextKindAndBackend() {
		recorder.request("a", "pods", "api-client", 5 * MS, null);
		recorder.request("a", "pods", "kubectl", 50 * MS, null);
		recorder.request("a", "nodes", "api-client", 7 * MS, null);
		recorder.request("b", "pods", "api-client", 9 * MS, null);
		List<ContextPerformance> statistics = recorder.statistics();
		assertEquals(List.of("a", "b"), statistics.stream().map(ContextPerformance::context).toList());
		assertEquals(List.of("nodes/api-client", "pods/api-client", "pods/kubectl"), statistics.get(0).requests()
				.stream().map(row -> row.kind() + "/" + row.backend()).toList());
		assertEquals(Duration.ofMillis(50), statistics.get(0).request("pods", "kubectl").orElseThrow().p50());
	}

	@Test
	void theReservoirKeepsTheLatestLatenciesAndTheCountKeepsAll() {
		for (int i = 0; i < LatencyReservoir.CAPACITY; i++) {
			recorder.request("a", "pods", "api-client", 1000 * MS, null);
		}
		for (int i = 0; i < LatencyReservoir.CAPACITY; i++) {
			recorder.request("a", "pods", "api-client", 3 * MS, null);
		}
		RequestStatistics pods = only(recorder.statistics()).request("pods", "api-client").orElseThrow();
		assertEquals(2L * LatencyReservoir.CAPACITY, pods.count());
		assertEquals(Duration.ofMillis(3), pods.p95());
	}

	@Test
	void errorsAreCountedByClassAndOnTheirRow() {
		recorder.request("a", "namespaces", "api-client", MS, ErrorKind.REFUSED);
		recorder.request("a", "namespaces", "api-client", MS, ErrorKind.REFUSED);
		recorder.request("a", "secrets", "api-client", MS, ErrorKind.PERMISSION);
		ContextPerformance a = only(recorder.statistics());
		assertEquals(Map.of(ErrorKind.REFUSED, 2L, ErrorKind.PERMISSION, 1L), a.errors());
		assertEquals(2, a.request("namespaces", "api-client").orElseThrow().errors());
	}

	@Test
	void cacheLookupsAndReconnectsAreCounted() {
		recorder.cacheLookup("a", true);
		recorder.cacheLookup("a", true);
		recorder.cacheLookup("a", false);
		recorder.reconnect("a");
		ContextPerformance a = only(recorder.statistics());
		assertEquals(2, a.cacheHits());
		assertEquals(1, a.cacheMisses());
		assertEquals(1, a.watchReconnects());
	}

	@Test
	void resetStartsFromNothing() {
		recorder.request("a", "pods", "api-client", MS, ErrorKind.TIMEOUT);
		recorder.cacheLookup("b", true);
		recorder.reset();
		assertEquals(List.of(), recorder.statistics());
		recorder.request("a", "pods", "api-client", 4 * MS, null);
		ContextPerformance a = only(recorder.statistics());
		assertEquals(1, a.request("pods", "api-client").orElseThrow().count());
		assertEquals(Map.of(), a.errors());
	}

	@Test
	void onlyRequestsOverTheThresholdAreReportedSlowOnceEach() {
		recorder.request("a", "pods", "api-client", 1999 * MS, null);
		recorder.request("a", "pods", "kubectl", 2500 * MS, ErrorKind.TIMEOUT);
		assertEquals(List.of(new SlowRequest("a", "pods", "kubectl", Duration.ofMillis(2500), Duration.ofSeconds(2),
				true)), slow);
		String line = SlowRequestLog.message(slow.get(0));
		assertTrue(line.contains("2500 ms") && line.contains("pods") && line.contains("a"), line);
	}

	@Test
	void concurrentRecordingLosesNoCount() throws Exception {
		int threads = 8;
		int perThread = 20_000;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				String backend = t % 2 == 0 ? "api-client" : "kubectl";
				done.add(pool.submit(() -> {
					start.await();
					for (int i = 0; i < perThread; i++) {
						recorder.request("a", "pods", backend, (i % 100 + 1) * MS, i % 10 == 0 ? ErrorKind.SERVER : null);
						recorder.cacheLookup("a", i % 2 == 0);
						// Snapshots taken while others record must not fail.
						if (i % 5000 == 0) {
							recorder.statistics();
						}
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> future : done) {
				future.get(60, TimeUnit.SECONDS);
			}
		} finally {
			pool.shutdownNow();
		}
		ContextPerformance a = only(recorder.statistics());
		long total = a.requests().stream().mapToLong(RequestStatistics::count).sum();
		assertEquals((long) threads * perThread, total);
		assertEquals((long) threads * perThread / 10, a.errors().get(ErrorKind.SERVER));
		assertEquals((long) threads * perThread, a.cacheHits() + a.cacheMisses());
		assertFalse(a.request("pods", "kubectl").orElseThrow().p50().isZero());
	}

	@Test
	void getPathsAreNamedByKindWithoutObjectNames() {
		assertEquals("version", PathKinds.of("/version"));
		assertEquals("pods (get)", PathKinds.of("/api/v1/namespaces/team-a/pods/web-1"));
		assertEquals("deployments (get)", PathKinds.of("/apis/apps/v1/namespaces/default/deployments/web?x=1"));
		assertEquals("namespaces (get)", PathKinds.of("/api/v1/namespaces/default"));
		assertEquals("discovery", PathKinds.of("/apis/apps/v1"));
	}

	private static ContextPerformance only(List<ContextPerformance> statistics) {
		assertEquals(1, statistics.size(), statistics.toString());
		return statistics.get(0);
	}
}
