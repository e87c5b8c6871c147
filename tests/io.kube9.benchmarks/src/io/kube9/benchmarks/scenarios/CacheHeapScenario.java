package io.kube9.benchmarks.scenarios;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import io.kube9.benchmarks.measure.Figure;
import io.kube9.benchmarks.measure.Results;
import io.kube9.benchmarks.support.HeapHistogram;
import io.kube9.core.Kube9Core;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourceQuery;
import io.kubernetes.client.openapi.apis.CoreV1Api;

/**
 * The heap a cached listing of every pod keeps: live bytes (a class histogram, which runs a full GC) before and
 * after the listing enters the cache, and the same with used heap after repeated System.gc(). A typed V1PodList
 * held in memory is measured the same way, for comparison. The engine keeps pod listings ten minutes, so nothing
 * expires while the heap is inspected.
 */
public final class CacheHeapScenario {

	/** What the engine passed to the constructor should keep pods for. */
	public static final Map<String, Duration> TIME_TO_LIVE = Map.of(ResourceKinds.PODS.id(), Duration.ofMinutes(10));

	private static final int RUNS = 5;

	private final Kube9Core api;
	private final String context;
	private final Results results;

	/** @param api an engine whose pod listings live long in its cache ({@link #TIME_TO_LIVE}) */
	public CacheHeapScenario(Kube9Core api, String context, Results results) {
		this.api = api;
		this.context = context;
		this.results = results;
	}

	public void run() throws Exception {
		ResourceQuery everyPod = ResourceQuery.of(context, ResourceKinds.PODS);
		int items = api.resources().refresh(everyPod).items().size();
		api.resources().invalidateAll();

		List<Long> histogram = new ArrayList<>();
		List<Long> usedHeap = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			// Nothing but the cache holds the page: the steps return nothing.
			histogram.add(histogramDelta(() -> cache(everyPod), "the cached listing"));
			api.resources().invalidateAll();
			usedHeap.add(usedHeapDelta(() -> cache(everyPod)));
			api.resources().invalidateAll();
		}
		double perItem = median(histogram) / items;
		results.add(new Figure("heap.cache.histogram", "heap retained by the cache, " + items + " pods",
				megabytes(median(histogram)), "MB",
				String.format(Locale.ROOT, "class histogram delta, median of %d; %.0f bytes per pod", RUNS, perItem)));
		results.add(new Figure("heap.cache.used", "heap retained by the cache, " + items + " pods", megabytes(median(usedHeap)),
				"MB", "used heap after System.gc() x3, median of " + RUNS));

		CoreV1Api typed = new CoreV1Api(api.clients().api(context));
		List<Long> typedHistogram = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			typedHistogram.add(histogramDelta(() -> typed.listPodForAllNamespaces().execute(), "a typed V1PodList"));
		}
		results.add(new Figure("heap.typed.histogram", "heap of a typed V1PodList, " + items + " pods",
				megabytes(median(typedHistogram)), "MB", "for comparison; class histogram delta, median of " + RUNS));
	}

	private Void cache(ResourceQuery query) throws Exception {
		api.resources().list(query);
		if (api.resources().cacheStatistics().size() != 1) {
			throw new IllegalStateException("the listing is not in the cache");
		}
		return null;
	}

	/** Live bytes added while {@code step}'s result is held. */
	private static long histogramDelta(Callable<?> step, String what) throws Exception {
		HeapHistogram.Growth growth = HeapHistogram.of(step);
		System.out.println("bench: " + what + " added " + growth.bytes() + " live bytes; largest growth: "
				+ growth.largest());
		return growth.bytes();
	}

	private static long usedHeapDelta(Callable<?> step) throws Exception {
		long before = usedAfterGc();
		Object kept = step.call();
		long after = usedAfterGc();
		Reference.reachabilityFence(kept);
		return after - before;
	}

	private static long usedAfterGc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static double median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
	}

	private static double megabytes(double bytes) {
		return bytes / (1024.0 * 1024.0);
	}
}
