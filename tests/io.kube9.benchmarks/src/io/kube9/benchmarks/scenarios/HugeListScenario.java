package io.kube9.benchmarks.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.kube9.benchmarks.measure.Figure;
import io.kube9.benchmarks.measure.Repetitions;
import io.kube9.benchmarks.measure.Results;
import io.kube9.benchmarks.support.HeapHistogram;
import io.kube9.benchmarks.support.RawGet;
import io.kube9.core.Kube9Core;
import io.kube9.core.Settings;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourcePage;
import io.kube9.core.resources.ResourceQuery;

/**
 * The largest seed through core, page by page as the Explorer reads it ({@link Settings#DEFAULT_PAGE_SIZE} items
 * a page): the first page of the namespace that holds every pod (and the raw HTTP floor of it), then every page of it streamed into the cache,
 * then every page of all namespaces. Each whole listing is timed, and the heap the cache keeps of it is measured
 * with a class histogram (a full GC first). The engine must keep pod listings long
 * ({@link CacheHeapScenario#TIME_TO_LIVE}), so that nothing expires while the heap is inspected.
 */
public final class HugeListScenario {

	private static final int HEAP_RUNS = 3;

	private final Kube9Core api;
	private final String context;
	private final Results results;

	public HugeListScenario(Kube9Core api, String context, Results results) {
		this.api = api;
		this.context = context;
		this.results = results;
	}

	/** @param namespace the namespace of the seed's pods */
	public void run(String namespace, Repetitions firstPage, Repetitions whole) throws Exception {
		ResourceQuery podsNamespace = ResourceQuery.of(context, ResourceKinds.PODS).inNamespace(namespace)
				.withLimit(Settings.DEFAULT_PAGE_SIZE);
		results.time("huge.firstPage", "huge: first page of pods in " + namespace,
				"limit=" + Settings.DEFAULT_PAGE_SIZE, firstPage, () -> api.resources().refresh(podsNamespace));
		// The same request's floor: what the API server and the connection take, with no parsing (as protobuf).
		RawGet raw = new RawGet(api.clients().api(context));
		String path = ResourceKinds.PODS.collectionPath(namespace) + "?limit=" + Settings.DEFAULT_PAGE_SIZE;
		results.time("huge.firstPage.floor", "huge: first page of pods in " + namespace, Labels.FLOOR, firstPage,
				() -> raw.drain(path, ResourceKinds.PODS));
		listing("huge.namespace", "huge: every page of pods in " + namespace, podsNamespace, whole);
		listing("huge.all", "huge: every page of pods, all namespaces",
				ResourceQuery.of(context, ResourceKinds.PODS).withLimit(Settings.DEFAULT_PAGE_SIZE), whole);
	}

	/** Times the whole listing into an empty cache, then measures what the cache keeps of it. */
	private void listing(String id, String operation, ResourceQuery first, Repetitions whole) throws Exception {
		int[] pages = new int[1];
		int pods = stream(first, pages);
		String how = pods + " pods in " + pages[0] + " pages, into the cache";
		results.time(id, operation, how, whole, () -> {
			api.resources().invalidateAll();
			stream(first, new int[1]);
		});
		api.resources().invalidateAll();

		List<Long> retained = new ArrayList<>();
		for (int i = 0; i < HEAP_RUNS; i++) {
			HeapHistogram.Growth growth = HeapHistogram.of(() -> stream(first, new int[1]));
			System.out.println("bench: " + operation + " left " + growth.bytes() + " live bytes in the cache;"
					+ " largest growth: " + growth.largest());
			retained.add(growth.bytes());
			api.resources().invalidateAll();
		}
		double bytes = retained.stream().sorted().toList().get(HEAP_RUNS / 2);
		results.add(new Figure(id + ".heapPerPod", operation + ": cache heap per pod", bytes / pods, "bytes",
				String.format(Locale.ROOT, "class histogram delta (full GC first), median of %d; %.1f MB for %d pods",
						HEAP_RUNS, bytes / 1e6, pods)));
	}

	/**
	 * Lists every page of a listing, each fetched anew and cached under its own query.
	 *
	 * @return how many items; {@code pages[0]} says in how many pages
	 */
	private int stream(ResourceQuery first, int[] pages) throws Exception {
		int items = 0;
		ResourceQuery query = first;
		while (true) {
			ResourcePage page = api.resources().refresh(query);
			items += page.items().size();
			pages[0]++;
			if (!page.hasMore()) {
				return items;
			}
			query = first.continuing(page.continueToken());
		}
	}
}
