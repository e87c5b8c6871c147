package io.kube9.core.internal.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.google.common.base.Ticker;
import com.google.gson.JsonObject;

import io.kube9.core.Settings;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.EngineExecutor;
import io.kube9.core.internal.errors.Errors;
import io.kube9.core.internal.source.CancellationSignal;
import io.kube9.core.internal.source.ResourceSource;
import io.kube9.core.resources.ResourcePage;
import io.kube9.core.resources.ResourceQuery;
import io.kube9.core.status.ClusterStatus;

/** A check that a newer check or a forget overtook publishes nothing: the newer truth stays. */
class SupersededCheckTest {

	private final EngineExecutor executor = new EngineExecutor(4);
	private final CountDownLatch firstAnswers = new CountDownLatch(1);
	private final CountDownLatch firstAsked = new CountDownLatch(1);
	private final AtomicInteger versionRequests = new AtomicInteger();
	private final List<ClusterStatus> published = new CopyOnWriteArrayList<>();
	private final DefaultClusterStatusService service = new DefaultClusterStatusService(() -> new SlowFirstVersion(),
			Settings::defaults, executor, Ticker.systemTicker(), Clock.systemUTC());

	@AfterEach
	void stop() {
		firstAnswers.countDown();
		executor.close();
	}

	@Test
	void aRecheckIsNotOverwrittenByTheCheckItReplaced() throws Exception {
		service.addListener(published::add);
		CompletableFuture<ClusterStatus> old = service.checkOnce("c");
		assertTrue(firstAsked.await(30, TimeUnit.SECONDS));
		ClusterStatus newer = service.recheck("c").get(30, TimeUnit.SECONDS);
		assertEquals("v1.36.3-second", newer.connectivity().version());

		firstAnswers.countDown();
		assertEquals("v1.36.3-first", old.get(30, TimeUnit.SECONDS).connectivity().version(), "its caller is answered");
		assertEquals(Optional.of(newer), service.last("c"), "the newer result stays");
		assertEquals(List.of(newer), published, "the replaced check published nothing");
	}

	@Test
	void aForgottenContextGetsNoResultFromACheckStartedBefore() throws Exception {
		service.addListener(published::add);
		CompletableFuture<ClusterStatus> old = service.checkOnce("c");
		assertTrue(firstAsked.await(30, TimeUnit.SECONDS));
		service.forget("c"); // the context changed in the kubeconfig

		firstAnswers.countDown();
		old.get(30, TimeUnit.SECONDS);
		assertEquals(Optional.empty(), service.last("c"));
		assertEquals(List.of(), published);
	}

	/** The first GET /version waits until the test lets it answer; later ones answer at once. */
	private final class SlowFirstVersion implements ResourceSource {

		@Override
		public String name() {
			return "api-client";
		}

		@Override
		public ResourcePage list(ResourceQuery query, CancellationSignal cancellation) throws KubeException {
			throw Errors.of(ErrorKind.NOT_FOUND, query.context(), "no listings here");
		}

		@Override
		public JsonObject get(String context, String path, Duration timeout, CancellationSignal cancellation)
				throws KubeException {
			if (!path.equals("/version")) {
				throw Errors.of(ErrorKind.NOT_FOUND, context, path);
			}
			JsonObject version = new JsonObject();
			if (versionRequests.incrementAndGet() == 1) {
				firstAsked.countDown();
				try {
					firstAnswers.await(60, TimeUnit.SECONDS);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				version.addProperty("gitVersion", "v1.36.3-first");
			} else {
				version.addProperty("gitVersion", "v1.36.3-second");
			}
			return version;
		}
	}
}
