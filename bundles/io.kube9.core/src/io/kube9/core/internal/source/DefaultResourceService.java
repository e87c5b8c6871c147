package io.kube9.core.internal.source;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.EngineExecutor;
import io.kube9.core.internal.cache.ResourceCache;
import io.kube9.core.internal.errors.ErrorClassifier;
import io.kube9.core.internal.errors.Errors;
import io.kube9.core.internal.live.PageEdits;
import io.kube9.core.internal.performance.PerformanceRecorder;
import io.kube9.core.live.ItemChange;
import io.kube9.core.resources.CacheStatistics;
import io.kube9.core.resources.Overview;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourceObject;
import io.kube9.core.resources.ResourcePage;
import io.kube9.core.resources.ResourceQuery;
import io.kube9.core.resources.ResourceRef;
import io.kube9.core.resources.ResourceService;

/** Listings through the cache and the current source; both can be swapped when the settings change. */
public final class DefaultResourceService implements ResourceService {

	private final EngineExecutor executor;
	private final Map<String, AtomicLong> backendRequests;
	private final PerformanceRecorder performance;
	private volatile ResourceSource source;
	private volatile ResourceCache cache;

	public DefaultResourceService(ResourceSource source, ResourceCache cache, Map<String, AtomicLong> backendRequests,
			EngineExecutor executor, PerformanceRecorder performance) {
		this.source = source;
		this.performance = performance;
		this.cache = cache;
		this.backendRequests = backendRequests;
		this.executor = executor;
	}

	public void use(ResourceSource newSource, ResourceCache newCache) {
		this.source = newSource;
		this.cache = newCache;
	}

	public ResourceSource source() {
		return source;
	}

	@Override
	public ResourcePage list(ResourceQuery query) throws KubeException {
		return list(query, CancellationSignal.none());
	}

	@Override
	public ResourcePage refresh(ResourceQuery query) throws KubeException {
		return refresh(query, CancellationSignal.none());
	}

	private ResourcePage list(ResourceQuery query, CancellationSignal cancellation) throws KubeException {
		ResourceSource current = source;
		// The load has its own signal: this caller's cancellation only counts once every waiter has given up.
		boolean[] loaded = { false };
		try {
			return cache.get(query, cancellation, load -> {
				loaded[0] = true;
				return current.list(query, load);
			});
		} finally {
			// A miss is a lookup that started a load; joining a concurrent caller's load costs no request.
			performance.cacheLookup(query.context(), !loaded[0]);
		}
	}

	private ResourcePage refresh(ResourceQuery query, CancellationSignal cancellation) throws KubeException {
		ResourcePage page = source.list(query, cancellation);
		cache.put(query, page);
		return page;
	}

	/**
	 * A watch's changes applied to the cached first page of a listing, if it is cached: the entry stays what the
	 * server would list now, and its time-to-live starts again (a watched listing does not expire while watched).
	 */
	public void applyChanges(ResourceQuery firstPage, List<ItemChange> changes, String resourceVersion) {
		ResourceCache current = cache;
		ResourcePage cached = current.getIfPresent(firstPage);
		if (cached != null) {
			current.put(firstPage, cached.withItems(PageEdits.apply(cached.items(), changes, !cached.hasMore()),
					resourceVersion));
		}
	}

	@Override
	public CompletableFuture<ResourcePage> listAsync(ResourceQuery query, boolean bypassCache) {
		CancellationSignal cancellation = new CancellationSignal();
		CompletableFuture<ResourcePage> future = CompletableFuture.supplyAsync(() -> {
			try {
				return bypassCache ? refresh(query, cancellation) : list(query, cancellation);
			} catch (KubeException e) {
				throw new CompletionException(e);
			}
		}, executor);
		future.whenComplete((page, failure) -> {
			if (failure instanceof CancellationException) {
				cancellation.cancel();
			}
		});
		return future;
	}

	@Override
	public Overview overview(String context, String namespace) throws KubeException {
		ResourceQuery podsQuery = ResourceQuery.of(context, ResourceKinds.PODS).inNamespace(namespace);
		if (executor.ownsCurrentThread()) {
			// An engine task must not wait for tasks queued behind it: list one after the other, here.
			return new Overview(list(ResourceQuery.of(context, ResourceKinds.NODES)),
					list(ResourceQuery.of(context, ResourceKinds.NAMESPACES)), list(podsQuery));
		}
		CompletableFuture<ResourcePage> nodes = listAsync(ResourceQuery.of(context, ResourceKinds.NODES), false);
		CompletableFuture<ResourcePage> namespaces = listAsync(ResourceQuery.of(context, ResourceKinds.NAMESPACES),
				false);
		CompletableFuture<ResourcePage> pods = listAsync(podsQuery, false);
		return new Overview(join(nodes, context), join(namespaces, context), join(pods, context));
	}

	@Override
	public ResourceObject fetch(ResourceRef ref) throws KubeException {
		String path = ref.kind().objectPath(ref.namespace(), ref.name());
		return new FetchedObject(ref, source.get(ref.context(), path, null, CancellationSignal.none()));
	}

	@Override
	public void invalidate(ResourceQuery query) {
		cache.invalidate(query);
	}

	@Override
	public void invalidateContext(String context) {
		cache.invalidateContext(context);
	}

	@Override
	public void invalidateMatching(String glob) {
		cache.invalidateMatching(glob);
	}

	@Override
	public void invalidateIf(Predicate<ResourceQuery> condition) {
		cache.invalidateIf(condition);
	}

	@Override
	public void invalidateAll() {
		cache.invalidateAll();
	}

	@Override
	public CacheStatistics cacheStatistics() {
		return cache.statistics();
	}

	@Override
	public Map<String, Long> backendRequests() {
		Map<String, Long> counts = new TreeMap<>();
		backendRequests.forEach((name, count) -> counts.put(name, count.get()));
		return counts;
	}

	private static ResourcePage join(CompletableFuture<ResourcePage> future, String context) throws KubeException {
		try {
			return future.get();
		} catch (ExecutionException e) {
			throw ErrorClassifier.classify(e.getCause(), context);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw Errors.of(ErrorKind.UNKNOWN, context, SourceMessages.interrupted, e);
		}
	}
}
