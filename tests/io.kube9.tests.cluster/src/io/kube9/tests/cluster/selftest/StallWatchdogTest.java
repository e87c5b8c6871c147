package io.kube9.tests.cluster.selftest;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.kube9.tests.cluster.internal.Poll;
import io.kube9.tests.cluster.support.StallWatchdog;

/** The stall watchdog sees a blocked thread, says how long and where it was blocked, and passes a free one. */
class StallWatchdogTest {

	private final ExecutorService watched = Executors.newSingleThreadExecutor();

	@AfterEach
	void stop() {
		watched.shutdownNow();
	}

	@Test
	void aBlockedThreadIsAStallWithItsStack() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		try (StallWatchdog watchdog = StallWatchdog.start("the test thread", watched)) {
			awaitHeartbeats(watchdog);
			watched.execute(() -> blockUntil(release));
			Poll.until("a stall of 300 ms", Duration.ofSeconds(10), Duration.ofMillis(10),
					() -> watchdog.currentStall().toMillis() >= 300 ? Boolean.TRUE : null);
			release.countDown();
			int before = watchdog.heartbeats();
			awaitHeartbeats(watchdog, before + 1);
			assertTrue(watchdog.longestStall().toMillis() >= 300, watchdog.toString());
			AssertionError failure = assertThrows(AssertionError.class,
					() -> watchdog.assertNoStallLongerThan(Duration.ofMillis(200)));
			assertTrue(failure.getMessage().contains("blockUntil"), failure.getMessage());
		}
	}

	@Test
	void aFreeThreadPasses() throws Exception {
		try (StallWatchdog watchdog = StallWatchdog.start("the test thread", watched)) {
			awaitHeartbeats(watchdog, 20);
			// Generous: only a blocked thread comes near it; this proves heartbeats run, not how fast.
			watchdog.assertNoStallLongerThan(Duration.ofSeconds(2));
			// A busy machine stretches a limit, within bounds: a thread waiting on I/O still fails it.
			Duration stretched = watchdog.limitOnThisMachine(Duration.ofMillis(200));
			assertTrue(stretched.toMillis() >= 200 && stretched.toMillis() <= 1000, stretched.toString());
		}
	}

	private static void awaitHeartbeats(StallWatchdog watchdog) throws Exception {
		awaitHeartbeats(watchdog, 1);
	}

	private static void awaitHeartbeats(StallWatchdog watchdog, int count) throws TimeoutException, InterruptedException {
		Poll.until(count + " heartbeats", Duration.ofSeconds(10), Duration.ofMillis(10),
				() -> watchdog.heartbeats() >= count ? Boolean.TRUE : null);
	}

	private static void blockUntil(CountDownLatch release) {
		try {
			release.await();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
