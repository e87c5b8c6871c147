package io.kube9.core.internal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.google.common.base.Ticker;
import com.google.gson.JsonObject;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.EngineExecutor;
import io.kube9.core.internal.cache.ResourceCache;
import io.kube9.core.internal.performance.PerformanceRecorder;
import io.kube9.core.internal.errors.Errors;
import io.kube9.core.resources.Overview;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourcePage;
import io.kube9.core.resources.ResourceQuery;
import io.kube9.tests.cluster.support.Conditions;

/** The service's own logic on a fake source: what runs where, and who may cancel a shared load. */
class DefaultResourceServiceTest {

	private final EngineExecutor executor = new EngineExecutor(2);

	@AfterEach
	void stop() {
		executor.close();
	}

	@Test
	void anOverviewAskedForOnAnEngineThreadDoesNotWaitForTasksQueuedBehindIt() throws Exception {
		DefaultResourceService service = service(new Answering());
		// Both threads taken by tasks asking: tasks of their own would queue behind them for ever.
		CompletableFuture<Overview> overview = new CompletableFuture<>();
		CountDownLatch bothBusy = new CountDownLatch(2);
		executor.execute(() -> {
			bothBusy.countDown();
			await(bothBusy);
		});
		executor.execute(() -> {
			bothBusy.countDown();
			await(bothBusy);
			try {
				overview.complete(service.overview("c", null));
			} catch (KubeException | RuntimeException e) {
				overview.completeExceptionally(e);
			}
		});
		Overview answered = overview.get(30, TimeUnit.SECONDS);
		assertEquals(List.of("answering", "answering", "answering"), List.of(answered.nodes().backend(),
				answered.namespaces().backend(), answered.pods().backend()));
	}

	@Test
	void oneWaitersCancellationDoesNotFailTheOthersWaitingForTheSameLoad() throws Exception {
		Blocking source = new Blocking();
		DefaultResourceService service = service(source);
		ResourceQuery query = ResourceQuery.of("c", ResourceKinds.PODS);
		CompletableFuture<ResourcePage> first = service.listAsync(query, false);
		assertTrue(source.loading.await(30, TimeUnit.SECONDS));
		CompletableFuture<ResourcePage> second = service.listAsync(query, false);
		awaitWaiting(source.loader);

		first.cancel(true); // the user collapsed one of two views showing these pods
		assertFalse(source.cancelled.get(), "the load goes on for the other waiter");
		source.release.countDown();
		assertEquals("blocking", second.get(30, TimeUnit.SECONDS).backend());
		assertEquals(1, source.loads.get());
	}

	@Test
	void theLoadIsCancelledWhenEveryWaiterHasGivenUp() throws Exception {
		Blocking source = new Blocking();
		DefaultResourceService service = service(source);
		ResourceQuery query = ResourceQuery.of("c", ResourceKinds.PODS);
		CompletableFuture<ResourcePage> first = service.listAsync(query, false);
		assertTrue(source.loading.await(30, TimeUnit.SECONDS));
		CompletableFuture<ResourcePage> second = service.listAsync(query, false);
		awaitWaiting(source.loader);

		first.cancel(true);
		second.cancel(true);
		assertTrue(source.cancelled.get(), "nobody waits any more: the request is cancelled");
	}

	/** Waits until an engine thread other than the loader's is parked: the second caller waits for the load. */
	private static void awaitWaiting(AtomicReference<Thread> loader) throws InterruptedException {
		Conditions.await("the second listing waiting for the first one's load", Duration.ofSeconds(30),
				() -> Thread.getAllStackTraces().keySet().stream().anyMatch(thread -> thread != loader.get()
						&& thread.getName().startsWith("kube9-core-") && thread.getState() == Thread.State.WAITING
						&& Arrays.stream(thread.getStackTrace())
								.anyMatch(frame -> frame.getClassName().contains("cache"))));
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private DefaultResourceService service(ResourceSource source) {
		return new DefaultResourceService(source, new ResourceCache(kind -> Duration.ofMinutes(1), Ticker.systemTicker()),
				CountingSource.newCounters(), executor, new PerformanceRecorder(() -> Duration.ofMinutes(1), slow -> {
				}));
	}

	/** Answers when released; a cancelled request fails, as an HTTP call does. */
	private static class Blocking extends Answering {
		final CountDownLatch loading = new CountDownLatch(1);
		final CountDownLatch release = new CountDownLatch(1);
		final AtomicBoolean cancelled = new AtomicBoolean();
		final AtomicInteger loads = new AtomicInteger();
		final AtomicReference<Thread> loader = new AtomicReference<>();

		@Override
		public String name() {
			return "blocking";
		}

		@Override
		public ResourcePage list(ResourceQuery query, CancellationSignal cancellation) throws KubeException {
			loads.incrementAndGet();
			loader.set(Thread.currentThread());
			cancellation.onCancel(() -> {
				cancelled.set(true);
				release.countDown();
			});
			loading.countDown();
			await(release);
			if (cancellation.isCancelled()) {
				throw Errors.of(ErrorKind.UNKNOWN, query.context(), "Canceled");
			}
			return super.list(query, cancellation);
		}
	}

	/** Answers every listing at once with an empty page. */
	private static class Answering implements ResourceSource {

		@Override
		public String name() {
			return "answering";
		}

		@Override
		public ResourcePage list(ResourceQuery query, CancellationSignal cancellation) throws KubeException {
			return new ResourcePage(List.of(), "", -1, Instant.now(), name());
		}

		@Override
		public JsonObject get(String context, String path, Duration timeout, CancellationSignal cancellation) {
			return new JsonObject();
		}
	}
}
