package io.kube9.ui.tests;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how long the UI thread keeps work waiting: a thread of its own posts an empty runnable every few
 * milliseconds and notes how late it runs. The longest delay is the worst stall the user would have felt.
 * (A minimal one for this test; the hardening work brings the shared watchdog of the test support.)
 */
final class UiStallWatchdog implements AutoCloseable {

	private static final long PERIOD_MILLIS = 5;

	private final Display display;
	private final AtomicLong longestNanos = new AtomicLong();
	private final AtomicLong probes = new AtomicLong();
	private final Thread thread;
	private volatile boolean running = true;

	private UiStallWatchdog(Display display) {
		this.display = display;
		this.thread = new Thread(this::watch, "ui-stall-watchdog");
		thread.setDaemon(true);
	}

	static UiStallWatchdog start(Display display) {
		UiStallWatchdog watchdog = new UiStallWatchdog(display);
		watchdog.thread.start();
		return watchdog;
	}

	/** The longest time a posted runnable waited for the UI thread. */
	Duration longestStall() {
		return Duration.ofNanos(longestNanos.get());
	}

	/** How many runnables ran: proof that the watchdog watched. */
	long probes() {
		return probes.get();
	}

	private void watch() {
		while (running && !display.isDisposed()) {
			long posted = System.nanoTime();
			AtomicLong ran = new AtomicLong();
			display.asyncExec(() -> ran.set(System.nanoTime()));
			while (running && ran.get() == 0 && !display.isDisposed()) {
				// Waits for this probe (checked often) before posting the next: each delay is measured whole.
				sleep(1);
				longestNanos.accumulateAndGet(System.nanoTime() - posted, Math::max);
			}
			if (ran.get() != 0) {
				longestNanos.accumulateAndGet(ran.get() - posted, Math::max);
				probes.incrementAndGet();
			}
			sleep(PERIOD_MILLIS);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() throws InterruptedException {
		running = false;
		thread.join(1000);
	}
}
