package io.kube9.core.internal.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.errors.Errors;
import io.kube9.core.resources.CacheStatistics;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourcePage;
import io.kube9.core.resources.ResourceQuery;

class ResourceCacheTest {

	private final FakeTicker ticker = new FakeTicker();
	private final ResourceCache cache = new ResourceCache(kind -> kind.timeToLive(), ticker);

	@Test
	void answersFromTheCacheUntilTheKindsTimeToLivePasses() throws Exception {
		ResourceQuery pods = ResourceQuery.of("a", ResourceKinds.PODS);
		ResourceQuery nodes = ResourceQuery.of("a", ResourceKinds.NODES);
		ResourcePage podsPage = cache.get(pods, ResourceCacheTest::page);
		ResourcePage nodesPage = cache.get(nodes, ResourceCacheTest::page);

		ticker.advance(Duration.ofSeconds(4));
		assertSame(podsPage, cache.get(pods, ResourceCacheTest::page));

		ticker.advance(Duration.ofSeconds(2)); // pods live 5 s, nodes 30 s
		assertNotSame(podsPage, cache.get(pods, ResourceCacheTest::page));
		assertSame(nodesPage, cache.get(nodes, ResourceCacheTest::page));

		ticker.advance(Duration.ofSeconds(30));
		assertNotSame(nodesPage, cache.get(nodes, ResourceCacheTest::page));
	}

	@Test
	void settingsOverrideTheTimeToLive() throws Exception {
		ResourceCache tuned = new ResourceCache(kind -> kind == ResourceKinds.PODS ? Duration.ofMinutes(2)
				: kind.timeToLive(), ticker);
		ResourceQuery pods = ResourceQuery.of("a", ResourceKinds.PODS);
		ResourcePage first = tuned.get(pods, ResourceCacheTest::page);
		ticker.advance(Duration.ofSeconds(100));
		assertSame(first, tuned.get(pods, ResourceCacheTest::page));
	}

	@Test
	void aTimeLimitDoesNotMakeAnotherListing() throws Exception {
		ResourceQuery query = ResourceQuery.of("a", ResourceKinds.PODS);
		ResourcePage loaded = cache.get(query, ResourceCacheTest::page);
		assertSame(loaded, cache.get(query.withTimeout(Duration.ofSeconds(1)), () -> {
			throw new AssertionError("loaded again");
		}));
	}

	@Test
	void concurrentRequestsForOneKeyLoadOnce() throws Exception {
		ResourceQuery query = ResourceQuery.of("a", ResourceKinds.PODS);
		AtomicInteger loads = new AtomicInteger();
		CountDownLatch loading = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<CompletableFuture<ResourcePage>> requests = java.util.stream.IntStream.range(0, 8)
					.mapToObj(i -> CompletableFuture.supplyAsync(() -> {
						try {
							return cache.get(query, () -> {
								loads.incrementAndGet();
								loading.countDown();
								awaitQuietly(release);
								return page();
							});
						} catch (KubeException e) {
							throw new IllegalStateException(e);
						}
					}, threads)).toList();
			assertTrue(loading.await(10, TimeUnit.SECONDS));
			release.countDown();
			ResourcePage first = requests.get(0).get(10, TimeUnit.SECONDS);
			for (CompletableFuture<ResourcePage> request : requests) {
				assertSame(first, request.get(10, TimeUnit.SECONDS));
			}
			assertEquals(1, loads.get());
		} finally {
			threads.shutdownNow();
		}
	}

	@Test
	void failuresAreClassifiedAndNotCached() throws Exception {
		ResourceQuery query = ResourceQuery.of("a", ResourceKinds.SECRETS);
		KubeException error = assertThrows(KubeException.class,
				() -> cache.get(query, () -> { throw Errors.of(ErrorKind.PERMISSION, "a", "secrets is forbidden"); }));
		assertEquals(ErrorKind.PERMISSION, error.kind());
		ResourcePage page = cache.get(query, ResourceCacheTest::page);
		assertSame(page, cache.get(query, ResourceCacheTest::page));
	}

	@Test
	void invalidatesByKeyContextPatternAndAll() throws Exception {
		ResourceQuery prodPods = ResourceQuery.of("prod-eu", ResourceKinds.PODS).inNamespace("shop");
		ResourceQuery prodNodes = ResourceQuery.of("prod-eu", ResourceKinds.NODES);
		ResourceQuery devPods = ResourceQuery.of("dev", ResourceKinds.PODS);
		ResourceQuery devServices = ResourceQuery.of("dev", ResourceKinds.SERVICES);
		for (ResourceQuery query : List.of(prodPods, prodNodes, devPods, devServices)) {
			cache.get(query, ResourceCacheTest::page);
		}

		cache.invalidate(devServices);
		assertNull(cache.getIfPresent(devServices));

		cache.invalidateMatching("prod-*/pods/*");
		assertNull(cache.getIfPresent(prodPods));
		assertTrue(cache.getIfPresent(prodNodes) != null);
		assertTrue(cache.getIfPresent(devPods) != null);

		cache.invalidateContext("prod-eu");
		assertNull(cache.getIfPresent(prodNodes));
		assertTrue(cache.getIfPresent(devPods) != null);

		cache.invalidateAll();
		assertNull(cache.getIfPresent(devPods));
	}

	@Test
	void globsMatchWholePaths() {
		assertTrue(ResourceCache.globToPattern("dev/pods.*").matcher("dev/pods.x").matches());
		assertTrue(!ResourceCache.globToPattern("dev/pods").matcher("dev/pods/default").matches());
		assertTrue(ResourceCache.globToPattern("?ev/*").matcher("dev/nodes/-").matches());
	}

	@Test
	void keepsStatistics() throws Exception {
		ResourceQuery query = ResourceQuery.of("a", ResourceKinds.PODS);
		cache.get(query, ResourceCacheTest::page); // miss + load
		cache.get(query, ResourceCacheTest::page); // hit
		cache.get(query, ResourceCacheTest::page); // hit
		ticker.advance(Duration.ofSeconds(6));
		cache.get(query, ResourceCacheTest::page); // expired: miss + load, one eviction
		assertThrows(KubeException.class, () -> cache.get(ResourceQuery.of("a", ResourceKinds.NODES),
				() -> { throw Errors.of(ErrorKind.REFUSED, "a", "refused"); }));

		CacheStatistics stats = cache.statistics();
		assertEquals(2, stats.hits());
		assertEquals(3, stats.misses());
		assertEquals(3, stats.loads());
		assertEquals(1, stats.failures());
		assertEquals(1, stats.evictions());
		assertEquals(1, stats.size());
		assertEquals(Map.of("nodes", 0L, "pods", 1L), stats.sizeByKind());
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static ResourcePage page() {
		return new ResourcePage(List.of(), "", -1, Instant.now(), "test");
	}
}
