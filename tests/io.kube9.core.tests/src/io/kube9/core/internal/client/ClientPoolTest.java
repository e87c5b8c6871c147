package io.kube9.core.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.kube9.core.Settings;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.kubeconfig.ContextEntries;
import io.kube9.core.kubeconfig.KubeContext;
import io.kubernetes.client.openapi.ApiClient;

/** Builds run in the caller's thread, are shared by concurrent callers, and a hung one is dropped. */
class ClientPoolTest {

	private static final Settings SETTINGS = Settings.defaults().withTimeouts(Duration.ofMillis(100),
			Duration.ofMillis(100));
	private static final ContextEntries ENTRIES = new ContextEntries(
			new KubeContext("c", "cl", "https://127.0.0.1:1", "u", null, Path.of("/tmp/config"), null, false),
			Map.of("server", "https://127.0.0.1:1"), Map.of());

	@Test
	void theFirstCallerBuildsInItsOwnThreadAndTheOthersShareIt() throws Exception {
		CountDownLatch building = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger builds = new AtomicInteger();
		Thread[] builder = new Thread[1];
		ClientPool pool = new ClientPool(context -> ENTRIES, (entries, base, timeout) -> {
			builds.incrementAndGet();
			builder[0] = Thread.currentThread();
			building.countDown();
			await(release);
			return new BuiltClient(new ApiClient(base), null, false);
		}, SETTINGS, Clock.systemUTC());
		Thread[] caller = new Thread[1];
		CompletableFuture<BuiltClient> first = CompletableFuture.supplyAsync(() -> {
			caller[0] = Thread.currentThread();
			return call(pool);
		});
		assertTrue(building.await(30, TimeUnit.SECONDS));
		CompletableFuture<BuiltClient> second = CompletableFuture.supplyAsync(() -> call(pool));
		release.countDown();
		assertSame(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
		assertEquals(1, builds.get());
		assertSame(caller[0], builder[0], "built in the first caller's thread, not in a task of its own");
	}

	@Test
	void aHungBuildIsDroppedSoTheNextTryStartsFresh() throws Exception {
		CountDownLatch building = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger builds = new AtomicInteger();
		ClientPool pool = new ClientPool(context -> ENTRIES, (entries, base, timeout) -> {
			if (builds.incrementAndGet() == 1) {
				building.countDown();
				await(release); // hangs until the end of the test
			}
			return new BuiltClient(new ApiClient(base), null, false);
		}, SETTINGS, Clock.systemUTC());
		CompletableFuture<BuiltClient> hung = CompletableFuture.supplyAsync(() -> call(pool));
		try {
			assertTrue(building.await(30, TimeUnit.SECONDS));
			KubeException late = assertThrows(KubeException.class, () -> pool.client("c"));
			assertEquals(ErrorKind.CREDENTIAL_PLUGIN, late.kind());
			assertTrue(late.detail().contains("took longer than"), late.detail());
			// The next request does not wait for the hung build again: it builds anew, at once.
			assertNotNull(pool.client("c"));
			assertEquals(2, builds.get());
		} finally {
			release.countDown();
			hung.get(30, TimeUnit.SECONDS);
		}
	}

	private static BuiltClient call(ClientPool pool) {
		try {
			return pool.client("c");
		} catch (KubeException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(60, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
