package io.kube9.tests.cluster.support;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
	/** How late a heartbeat must be before the watched thread's stack is sampled, and how often then. */
	private static final Duration SAMPLE_AFTER = Duration.ofMillis(50);
	/** The samples kept of one stall; the frames shown of each. */
	private static final int MAX_SAMPLES = 20;
	private static final int FRAMES_SHOWN = 24;
	/** How far a busy machine may stretch a limit. */
	private static final double MAX_STRETCH = 5;
	private static final OperatingSystemMXBean SYSTEM = ManagementFactory.getOperatingSystemMXBean();

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
	private double highestLoad = loadPerProcessor();

	private StallWatchdog(String name, Executor target, Thread watched) {
		this.name = name;
		this.target = target;
		this.watched = watched;
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
		return start(name, target, null);
	}

	/**
	 * Starts watching a thread known beforehand (the display's), so that even a stall before the first heartbeat
	 * ran is sampled.
	 */
	public static StallWatchdog start(String name, Executor target, Thread watched) {
		StallWatchdog watchdog = new StallWatchdog(name, target, watched);
		watchdog.thread.start();
		return watchdog;
	}

	/** The longest time a heartbeat waited to run so far (one still waiting counts with its age at close). */
	public synchronized Duration longestStall() {
		return Duration.ofNanos(longestNanos);
	}

	/** The watched thread's stack during the longest stall, sampled every 50 ms (benchmarks print it). */
	public synchronized String longestStallStack() {
		return longestStack;
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
					+ " ms (allowed: " + limit.toMillis() + " ms; load per processor up to "
					+ String.format("%.1f", highestLoad) + "); its stack during the stall, every "
					+ SAMPLE_AFTER.toMillis() + " ms:\n" + longestStack);
		}
	}

	/**
	 * {@code limit} on a quiet machine (load average per processor at most 1 while watched); on a busier one
	 * stretched in proportion to the load, at most {@link #MAX_STRETCH} times. A thread that waits for I/O
	 * stalls for seconds or until released, far past the stretched limit; a busy machine (other builds on two
	 * cores) delays painting by a few hundred milliseconds without anything waiting.
	 */
	public synchronized Duration limitOnThisMachine(Duration limit) {
		double stretch = Math.min(MAX_STRETCH, Math.max(1, highestLoad));
		return Duration.ofNanos((long) (limit.toNanos() * stretch));
	}

	/** {@link #assertNoStallLongerThan} with {@link #limitOnThisMachine}. */
	public void assertNoStallLongerThanOnThisMachine(Duration limit) {
		assertNoStallLongerThan(limitOnThisMachine(limit));
	}

	/** The highest load average per processor seen while watching. */
	public synchronized double highestLoad() {
		return highestLoad;
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
			List<String> samples = new ArrayList<>();
			long nextSample = posted + SAMPLE_AFTER.toNanos();
			try {
				while (!ran.await(PERIOD.toMillis(), TimeUnit.MILLISECONDS)) {
					Thread thread = watched;
					if (thread != null && System.nanoTime() > nextSample && samples.size() < MAX_SAMPLES) {
						samples.add(stackOf(thread, System.nanoTime() - posted));
						nextSample = System.nanoTime() + SAMPLE_AFTER.toNanos();
					}
					if (closed.getCount() == 0) {
						// Closed while a heartbeat waits: its age until then is a stall too (not the wait for close).
						record(closedAt - posted, samples, false);
						return;
					}
				}
				outstandingSince = 0;
				record(ranAt[0] - posted, samples, true);
				// The pause between heartbeats ends at once when the watchdog is closed.
				closed.await(PERIOD.toMillis(), TimeUnit.MILLISECONDS);
			} catch (InterruptedException e) {
				return;
			}
		}
	}

	private synchronized void record(long lateNanos, List<String> samples, boolean ran) {
		if (ran) {
			heartbeats++;
			if (heartbeats % 50 == 0) {
				highestLoad = Math.max(highestLoad, loadPerProcessor());
			}
		}
		if (lateNanos > longestNanos) {
			longestNanos = lateNanos;
			longestStack = samples.isEmpty() ? "(not sampled: shorter than " + SAMPLE_AFTER.toMillis() + " ms)"
					: String.join("\n", samples);
		}
	}

	/** The one-minute load average per processor, 0 where the system does not tell. */
	private static double loadPerProcessor() {
		double load = SYSTEM.getSystemLoadAverage();
		return load < 0 ? 0 : load / SYSTEM.getAvailableProcessors();
	}

	/** The top of a stack, with how long the stall had lasted when it was taken. */
	private static String stackOf(Thread thread, long intoStallNanos) {
		return "after " + TimeUnit.NANOSECONDS.toMillis(intoStallNanos) + " ms:\n"
				+ Arrays.stream(thread.getStackTrace()).limit(FRAMES_SHOWN).map(frame -> "\tat " + frame)
						.collect(Collectors.joining("\n"));
	}

	@Override
	public String toString() {
		return "StallWatchdog[" + name + ", longest " + longestStall().toMillis() + " ms, load per processor up to "
				+ String.format("%.1f", highestLoad()) + "]";
	}
}
