package io.kube9.benchmarks.scenarios;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

import io.kube9.benchmarks.measure.Figure;
import io.kube9.benchmarks.measure.Results;
import io.kube9.benchmarks.measure.Samples;
import io.kube9.core.Kube9Core;
import io.kube9.core.live.ItemChange;
import io.kube9.core.live.ListingListener;
import io.kube9.core.live.LiveListing;
import io.kube9.core.live.LiveStatistics;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourcePage;
import io.kube9.core.resources.ResourceQuery;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodSpec;

/**
 * Live updates in core: how long a pod created on the server takes to reach a followed listing (from the create
 * request to the listener), and what 50 and 100 followed listings of one cluster cost (connections, threads,
 * heap). Reported, never asserted.
 */
public final class LiveScenario {

	private static final long DEADLINE_NANOS = 30_000_000_000L;

	private final Kube9Core engine;
	private final CoreV1Api admin;
	private final String context;
	private final String namespace;
	private final Results results;

	public LiveScenario(Kube9Core engine, CoreV1Api admin, String context, String namespace, Results results) {
		this.engine = engine;
		this.admin = admin;
		this.context = context;
		this.namespace = namespace;
		this.results = results;
	}

	public void run(int changes) throws Exception {
		changeToListener(changes);
		for (int listings : new int[] { 50, 100 }) {
			manyListings(listings);
		}
	}

	private void changeToListener(int changes) throws Exception {
		ResourceQuery query = ResourceQuery.of(context, ResourceKinds.PODS).inNamespace(namespace).withLimit(500);
		ResourcePage listed = engine.resources().refresh(query);
		Map<String, Long> seen = new ConcurrentHashMap<>();
		ListingListener listener = new ListingListener() {
			@Override
			public void changed(List<ItemChange> batch) {
				long now = System.nanoTime();
				batch.forEach(change -> seen.putIfAbsent(change.item().name(), now));
			}

			@Override
			public void relisted(ResourcePage firstPage) {
				// Not expected while measuring.
			}
		};
		List<Long> nanos = new ArrayList<>();
		try (LiveListing live = engine.live().follow(query, listed, listener)) {
			for (int i = 0; i < changes; i++) {
				String name = "live-bench-" + i;
				long start = System.nanoTime();
				admin.createNamespacedPod(namespace, pod(name)).execute();
				while (!seen.containsKey(name) && System.nanoTime() - start < DEADLINE_NANOS) {
					LockSupport.parkNanos(200_000);
				}
				if (seen.containsKey(name)) {
					nanos.add(seen.get(name) - start);
				}
			}
		} finally {
			for (int i = 0; i < changes; i++) {
				admin.deleteNamespacedPod("live-bench-" + i, namespace).gracePeriodSeconds(0).execute();
			}
		}
		Samples samples = new Samples(nanos);
		results.add(new Figure("live.change.p50", "pod created on the server to the followed listing, p50",
				samples.medianMillis(), "ms", samples.count() + " pods, create request included"));
		results.add(new Figure("live.change.p99", "pod created on the server to the followed listing, p99",
				samples.percentileMillis(99), "ms", samples.count() + " pods, create request included"));
	}

	private void manyListings(int count) throws Exception {
		int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
		long heapBefore = usedHeapAfterGc();
		List<LiveListing> lives = new ArrayList<>();
		try {
			for (int i = 0; i < count; i++) {
				ResourceQuery query = ResourceQuery.of(context, ResourceKinds.PODS).inNamespace(namespace)
						.withLabels("kube9-live-bench=" + i).withLimit(500);
				ResourcePage listed = engine.resources().refresh(query);
				lives.add(engine.live().follow(query, listed, new ListingListener() {
					@Override
					public void changed(List<ItemChange> changes) {
						// Counted by the engine.
					}

					@Override
					public void relisted(ResourcePage firstPage) {
						// Counted by the engine.
					}
				}));
			}
			long start = System.nanoTime();
			int cap = engine.settings().liveListingsPerCluster();
			while (engine.live().statistics().openStreams() < Math.min(count, cap)
					&& System.nanoTime() - start < DEADLINE_NANOS) {
				LockSupport.parkNanos(1_000_000);
			}
			LiveStatistics statistics = engine.live().statistics();
			int threads = ManagementFactory.getThreadMXBean().getThreadCount() - threadsBefore;
			long heap = usedHeapAfterGc() - heapBefore;
			String note = String.format(Locale.ROOT, "%d watched, %d polled (cap %d per cluster)",
					statistics.watching(), statistics.polling(), cap);
			results.add(new Figure("live." + count + ".connections", count + " live listings: connections",
					engine.clients().connectionPool().connectionCount(), "", note));
			results.add(new Figure("live." + count + ".streams", count + " live listings: watch streams open",
					statistics.openStreams(), "", note));
			results.add(new Figure("live." + count + ".threads", count + " live listings: threads added", threads, "",
					statistics.readerThreads() + " of them the live engine's"));
			results.add(new Figure("live." + count + ".heap", count + " live listings: heap added", heap / 1e6, "MB",
					"used heap after System.gc() x3"));
		} finally {
			lives.forEach(LiveListing::close);
		}
	}

	private static long usedHeapAfterGc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private V1Pod pod(String name) {
		return new V1Pod().metadata(new V1ObjectMeta().name(name).namespace(namespace))
				.spec(new V1PodSpec().overhead(null).addContainersItem(new V1Container().name("main").image("busybox")));
	}
}
