package io.kube9.core.internal.cache;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import com.google.common.base.Ticker;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheStats;
import com.google.common.util.concurrent.ExecutionError;
import com.google.common.util.concurrent.UncheckedExecutionException;

import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.errors.ErrorClassifier;
import io.kube9.core.internal.source.CancellationSignal;
import io.kube9.core.resources.CacheStatistics;
import io.kube9.core.resources.ResourceKind;
import io.kube9.core.resources.ResourcePage;
import io.kube9.core.resources.ResourceQuery;

/**
 * Listings keyed by query, each kind with its own time-to-live (one Guava cache per kind, since Guava expires
 * per cache, not per entry). Concurrent requests for one key load once; failures are never cached.
 */
public final class ResourceCache {

	/** Loads a page; may fail with a classified error. */
	@FunctionalInterface
	public interface Loader {
		ResourcePage load() throws KubeException;
	}

	/** Loads a page, honouring the load's own cancellation (cancelled when every waiter has given up). */
	@FunctionalInterface
	public interface SharedLoader {
		ResourcePage load(CancellationSignal load) throws KubeException;
	}

	/** A load that failed because all its waiters gave up; a caller that did not give up tries again. */
	private static final class GivenUp extends Exception {

		private static final long serialVersionUID = 1L;

		GivenUp(KubeException failure) {
			super(failure);
		}
	}

	private static final long MAXIMUM_ENTRIES_PER_KIND = 5_000;

	private final Function<ResourceKind, Duration> timeToLive;
	private final Ticker ticker;
	private final ConcurrentMap<String, Cache<ResourceQuery, ResourcePage>> byKind = new ConcurrentHashMap<>();
	private final ConcurrentMap<ResourceQuery, SharedLoad> loading = new ConcurrentHashMap<>();

	public ResourceCache(Function<ResourceKind, Duration> timeToLive, Ticker ticker) {
		this.timeToLive = timeToLive;
		this.ticker = ticker;
	}

	public ResourcePage get(ResourceQuery query, Loader loader) throws KubeException {
		return get(query, CancellationSignal.none(), load -> loader.load());
	}

	/**
	 * The cached page, or the one a concurrent caller is loading, or a new load. The load is cancelled only when
	 * every caller waiting for it has been cancelled ({@code caller}), not when the one that started it is.
	 */
	public ResourcePage get(ResourceQuery query, CancellationSignal caller, SharedLoader loader) throws KubeException {
		ResourceQuery key = key(query);
		while (true) {
			SharedLoad load = loading.computeIfAbsent(key, k -> new SharedLoad());
			SharedLoad.Waiter waiter = load.join(caller);
			if (waiter == null) {
				// Given up by all its waiters, still winding down: a new load starts.
				loading.remove(key, load);
				continue;
			}
			try {
				return cacheOf(query.kind()).get(key, () -> {
					try {
						return loader.load(load.signal());
					} catch (KubeException e) {
						throw load.signal().isCancelled() ? new GivenUp(e) : e;
					}
				});
			} catch (ExecutionException | UncheckedExecutionException | ExecutionError e) {
				if (!(e.getCause() instanceof GivenUp givenUp)) {
					throw ErrorClassifier.classify(e.getCause(), query.context());
				}
				if (caller.isCancelled()) {
					throw ErrorClassifier.classify(givenUp.getCause(), query.context());
				}
				// This caller joined a load the others gave up on: load anew.
			} finally {
				waiter.leave();
				if (load.idle()) {
					loading.remove(key, load);
				}
			}
		}
	}

	public void put(ResourceQuery query, ResourcePage page) {
		cacheOf(query.kind()).put(key(query), page);
	}

	public ResourcePage getIfPresent(ResourceQuery query) {
		return cacheOf(query.kind()).getIfPresent(key(query));
	}

	public void invalidate(ResourceQuery query) {
		cacheOf(query.kind()).invalidate(key(query));
	}

	public void invalidateIf(Predicate<ResourceQuery> condition) {
		byKind.values().forEach(cache -> cache.asMap().keySet().removeIf(condition));
	}

	public void invalidateContext(String context) {
		invalidateIf(query -> query.context().equals(context));
	}

	/** {@code *} matches any run of characters, {@code ?} one; matched against {@link ResourceQuery#path()}. */
	public void invalidateMatching(String glob) {
		Pattern pattern = globToPattern(glob);
		invalidateIf(query -> pattern.matcher(query.path()).matches());
	}

	public void invalidateAll() {
		byKind.values().forEach(Cache::invalidateAll);
	}

	public CacheStatistics statistics() {
		CacheStats total = new CacheStats(0, 0, 0, 0, 0, 0);
		Map<String, Long> sizes = new TreeMap<>();
		long size = 0;
		for (Map.Entry<String, Cache<ResourceQuery, ResourcePage>> entry : byKind.entrySet()) {
			Cache<ResourceQuery, ResourcePage> cache = entry.getValue();
			cache.cleanUp();
			total = total.plus(cache.stats());
			sizes.put(entry.getKey(), cache.size());
			size += cache.size();
		}
		return new CacheStatistics(total.hitCount(), total.missCount(), total.loadCount(), total.loadExceptionCount(),
				total.evictionCount(), size, sizes);
	}

	/** A listing's time limit does not change what it lists. */
	private static ResourceQuery key(ResourceQuery query) {
		return query.timeout() == null ? query : query.withTimeout(null);
	}

	private Cache<ResourceQuery, ResourcePage> cacheOf(ResourceKind kind) {
		return byKind.computeIfAbsent(kind.id(), id -> CacheBuilder.newBuilder().ticker(ticker)
				.expireAfterWrite(timeToLive.apply(kind)).maximumSize(MAXIMUM_ENTRIES_PER_KIND).recordStats().build());
	}

	static Pattern globToPattern(String glob) {
		StringBuilder regex = new StringBuilder();
		for (char c : glob.toCharArray()) {
			switch (c) {
			case '*' -> regex.append(".*");
			case '?' -> regex.append('.');
			default -> regex.append(Pattern.quote(String.valueOf(c)));
			}
		}
		return Pattern.compile(regex.toString());
	}
}
