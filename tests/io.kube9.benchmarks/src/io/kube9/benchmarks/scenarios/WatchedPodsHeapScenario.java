package io.kube9.benchmarks.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;

import io.kube9.benchmarks.measure.Figure;
import io.kube9.benchmarks.measure.Results;
import io.kube9.benchmarks.support.HeapHistogram;
import io.kube9.core.Kube9Core;
import io.kube9.core.live.ItemChange;
import io.kube9.core.live.ListingListener;
import io.kube9.core.live.LiveListing;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourcePage;
import io.kube9.core.resources.ResourceQuery;

/**
 * The heap per watched pod on the large cluster: one listing of every namespace's pods, all of them on one page,
 * followed by the live engine. Live bytes (a class histogram, which runs a full GC first) before and after, with
 * the listing held and watched, and held alone: the difference is the watch's share. Reported, never asserted.
 */
public final class WatchedPodsHeapScenario {

	private static final int RUNS = 3;
	/** One page for every pod of the default large seed (5,000) and the demo's. */
	private static final int LIMIT = 20_000;
	/** Beyond the seed's pods, for the demo's and the test cluster's own. */
	private static final int MARGIN = 1_000;
	private static final long DEADLINE_NANOS = 60_000_000_000L;

	private final Kube9Core engine;
	private final String context;
	private final Results results;
	private final String idPrefix;
	private final String labelPrefix;
	private final int limit;

	/** The figures issue 14 asks for at 5,000 pods: ids live.heap.*. */
	public WatchedPodsHeapScenario(Kube9Core engine, String context, Results results) {
		this(engine, context, results, "live.heap", "", LIMIT);
	}

	/**
	 * @param idPrefix    of the figures' ids ("live.heap": live.heap.perPod, ...)
	 * @param labelPrefix of their labels
	 * @param limit       the page size: more than every pod of the cluster, so that one page holds them all
	 */
	private WatchedPodsHeapScenario(Kube9Core engine, String context, Results results, String idPrefix,
			String labelPrefix, int limit) {
		this.engine = engine;
		this.context = context;
		this.results = results;
		this.idPrefix = idPrefix;
		this.labelPrefix = labelPrefix;
		this.limit = limit;
	}

	/** For a cluster of {@code seededPods} pods and a few more: one page large enough for them all. */
	public static WatchedPodsHeapScenario forPods(Kube9Core engine, String context, Results results, String idPrefix,
			String labelPrefix, int seededPods) {
		return new WatchedPodsHeapScenario(engine, context, results, idPrefix, labelPrefix,
				Math.max(LIMIT, seededPods + MARGIN));
	}

	public void run() throws Exception {
		ResourceQuery everyPod = ResourceQuery.of(context, ResourceKinds.PODS).withLimit(limit);
		int pods = onePage(everyPod);
		engine.resources().invalidateAll();
		// A first round unmeasured: classes loaded, connection and buffers made once.
		listed(everyPod);
		watched(everyPod);

		List<Long> listings = new ArrayList<>();
		List<Long> watchedListings = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			listings.add(listed(everyPod));
			watchedListings.add(watched(everyPod));
		}
		double listing = median(listings);
		double watched = median(watchedListings);
		String note = "class histogram delta (full GC first), median of " + RUNS;
		results.add(new Figure(idPrefix + ".pods", labelPrefix + "pods in the watched listing (all namespaces)", pods,
				"", "one page"));
		results.add(new Figure(idPrefix + ".perPod", labelPrefix + "heap per watched pod (listing and watch)",
				watched / pods, "bytes", String.format(Locale.ROOT, "%s; %.2f MB for %d pods", note, watched / 1e6, pods)));
		results.add(new Figure(idPrefix + ".listingPerPod",
				labelPrefix + "heap per pod of the same listing, not watched", listing / pods, "bytes",
				String.format(Locale.ROOT, "%s; %.2f MB", note, listing / 1e6)));
		results.add(new Figure(idPrefix + ".watch", labelPrefix + "heap the watch adds to that listing",
				(watched - listing) / 1e3, "kB",
				"difference of the two medians: the watch edits the cached listing, it keeps no copy"));
	}

	/** How many pods the listing has; it must fit on its one page. */
	private int onePage(ResourceQuery query) throws Exception {
		ResourcePage page = engine.resources().refresh(query);
		if (page.hasMore()) {
			throw new IllegalStateException("more pods than one page of " + limit + " holds");
		}
		return page.items().size();
	}

	/** Live bytes of the listing held (and cached), not followed. */
	private long listed(ResourceQuery query) throws Exception {
		long bytes = grown("a listing of every pod", () -> engine.resources().refresh(query), null);
		engine.resources().invalidateAll();
		return bytes;
	}

	/** Live bytes of the listing held (and cached) and followed until its watch stream is open. */
	private long watched(ResourceQuery query) throws Exception {
		LiveListing[] live = new LiveListing[1];
		long bytes = grown("a listing of every pod, watched", () -> {
			ResourcePage page = engine.resources().refresh(query);
			live[0] = follow(query, page);
			return List.of(page, live[0]);
		}, live);
		engine.resources().invalidateAll();
		return bytes;
	}

	/** Follows the listing until its watch stream is open; the caller's histogram holds the returned listing. */
	private LiveListing follow(ResourceQuery query, ResourcePage listed) {
		int before = engine.live().statistics().openStreams();
		LiveListing live = engine.live().follow(query, listed, new ListingListener() {
			@Override
			public void changed(List<ItemChange> changes) {
				// Only its memory is measured.
			}

			@Override
			public void relisted(ResourcePage firstPage) {
				// Only its memory is measured.
			}
		});
		long start = System.nanoTime();
		while (engine.live().statistics().openStreams() <= before && System.nanoTime() - start < DEADLINE_NANOS) {
			LockSupport.parkNanos(1_000_000);
		}
		if (engine.live().statistics().openStreams() <= before) {
			live.close();
			throw new IllegalStateException("the watch of every pod did not open within 60 s");
		}
		return live;
	}

	/** The growth while the step's result is held; then the listing followed (if any) closed and its stream gone. */
	private long grown(String what, Callable<?> step, LiveListing[] followed) throws Exception {
		HeapHistogram.Growth growth = HeapHistogram.of(step);
		if (followed != null && followed[0] != null) {
			followed[0].close();
		}
		// A stream still closing would be freed inside the next measurement.
		long start = System.nanoTime();
		while ((engine.live().statistics().openStreams() > 0 || engine.live().statistics().watching() > 0)
				&& System.nanoTime() - start < DEADLINE_NANOS) {
			LockSupport.parkNanos(1_000_000);
		}
		System.out.println("bench: " + what + " added " + growth.bytes() + " live bytes; largest growth: "
				+ growth.largest());
		return growth.bytes();
	}

	private static double median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
	}
}
