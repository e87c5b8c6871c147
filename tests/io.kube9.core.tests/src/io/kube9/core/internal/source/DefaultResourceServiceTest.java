package io.kube9.core.internal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.google.common.base.Ticker;
import com.google.gson.JsonObject;

import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.EngineExecutor;
import io.kube9.core.internal.cache.ResourceCache;
import io.kube9.core.resources.Overview;
import io.kube9.core.resources.ResourcePage;
import io.kube9.core.resources.ResourceQuery;

/** The service's own logic on a fake source: what runs where, and who may cancel a shared load. */
class DefaultResourceServiceTest {

	private final EngineExecutor executor = new EngineExecutor(1);

	@AfterEach
	void stop() {
		executor.close();
	}

	@Test
	void anOverviewAskedForOnAnEngineThreadDoesNotWaitForTasksQueuedBehindIt() throws Exception {
		DefaultResourceService service = service(new Answering());
		// One thread, taken by the task asking: tasks of its own would queue behind it for ever.
		CompletableFuture<Overview> overview = new CompletableFuture<>();
		executor.execute(() -> {
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

	private DefaultResourceService service(ResourceSource source) {
		return new DefaultResourceService(source, new ResourceCache(kind -> Duration.ofMinutes(1), Ticker.systemTicker()),
				CountingSource.newCounters(), executor);
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
