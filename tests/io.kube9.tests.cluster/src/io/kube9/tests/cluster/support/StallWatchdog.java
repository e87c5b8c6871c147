package io.kube9.tests.cluster.support;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Records the longest stall of a thread that runs what is posted to it (the UI thread, through
 * {@code display::asyncExec}): a daemon thread posts a heartbeat, measures how late it runs, waits a period and
 * posts the next one. When a heartbeat is late, the watched thread's stack is sampled, so a failure says what
 * held it. Knows nothing of SWT: benchmarks can watch any executor.
 */
public final class StallWatchdog implements AutoCloseable {

	/** How often a heartbeat is posted. */
	public static final Duration PERIOD = Duration.ofMillis(10);
	/** How late a heartbeat must be before the watched thread's stack is sampled. */
	private static final Duration SAMPLE_AFTER = Duration.ofMillis(100);

	private final String name;
	private final Executor target;
	private final Thread thread;
	private final CountDownLatch closed = new CountDownLatch(1);
	private volatile long closedAt;
	private volatile Thread watched;
	/** When the heartbeat now on its way was posted; 0 while none is. */
	private volatile long outstandingSince;
	private long longestNanos;
	private String longestStack = "";
	private int heartbeats;

	private StallWatchdog(String name, Executor target) {
		this.name = name;
		this.target = target;
		this.thread = new Thread(this::run, "Stall watchdog: " + name);
		thread.setDaemon(true);
	}

	/**
	 * Starts watching.
	 *
	 * @param name   what is watched, for messages ("the UI thread")
	 * @param target runs a task on the watched thread, later (never inline)
	 */
	public static StallWatchdog start(String name, Executor target) {
		StallWatchdog watchdog = new StallWatchdog(name, target);
		watchdog.thread.start();
		return watchdog;
	}

	/** The longest time a heartbeat waited to run so far (one still waiting counts with its age at close). */
	public synchronized Duration longestStall() {
		return Duration.ofNanos(longestNanos);
	}

	/** How long the heartbeat on its way now has been waiting (zero when none is): a stall still going on. */
	public Duration currentStall() {
		long since = outstandingSince;
		return since == 0 ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - since);
	}

	/** How many heartbeats ran: proof that the watched thread was watched at all. */
	public synchronized int heartbeats() {
		return heartbeats;
	}

	/** Fails when a stall was longer than {@code limit}, with the watched thread's stack during the longest one. */
	public synchronized void assertNoStallLongerThan(Duration limit) {
		if (heartbeats == 0) {
			throw new AssertionError(name + " never ran a heartbeat of the stall watchdog");
		}
		if (longestNanos > limit.toNanos()) {
			throw new AssertionError(name + " stalled for " + Duration.ofNanos(longestNanos).toMillis()
					+ " ms (allowed: " + limit.toMillis() + " ms); its stack during the stall:\n" + longestStack);
		}
	}

	/** Stops watching; returns once the watchdog's thread has ended. */
	@Override
	public void close() {
		closedAt = System.nanoTime();
		closed.countDown();
		try {
			thread.join(TimeUnit.SECONDS.toMillis(5));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private void run() {
		while (closed.getCount() > 0) {
			long posted = System.nanoTime();
			outstandingSince = posted;
			CountDownLatch ran = new CountDownLatch(1);
			long[] ranAt = new long[1];
			try {
				target.execute(() -> {
					watched = Thread.currentThread();
					ranAt[0] = System.nanoTime();
					ran.countDown();
				});
			} catch (RuntimeException e) {
				return; // the target is gone (a disposed display): nothing to watch any more
			}
			String stack = "";
			try {
				while (!ran.await(PERIOD.toMillis(), TimeUnit.MILLISECONDS)) {
					if (stack.isEmpty() && watched != null && System.nanoTime() - posted > SAMPLE_AFTER.toNanos()) {
						stack = stackOf(watched);
					}
					if (closed.getCount() == 0) {
						// Closed while a heartbeat waits: its age until then is a stall too (not the wait for close).
						record(closedAt - posted, stack, false);
						return;
					}
				}
				outstandingSince = 0;
				record(ranAt[0] - posted, stack, true);
				// The pause between heartbeats ends at once when the watchdog is closed.
				closed.await(PERIOD.toMillis(), TimeUnit.MILLISECONDS);
			} catch (InterruptedException e) {
				return;
			}
		}
	}

	private synchronized void record(long lateNanos, String stack, boolean ran) {
		if (ran) {
			heartbeats++;
		}
		if (lateNanos > longestNanos) {
			longestNanos = lateNanos;
			longestStack = stack.isEmpty() ? "(not sampled: shorter than " + SAMPLE_AFTER.toMillis() + " ms)" : stack;
		}
	}

	private static String stackOf(Thread thread) {
		return Arrays.stream(thread.getStackTrace()).map(frame -> "\tat " + frame)
				.collect(Collectors.joining("\n"));
	}

	@Override
	public String toString() {
		return "StallWatchdog[" + name + ", longest " + longestStall().toMillis() + " ms]";
	}
}
