package io.kube9.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/**
 * Waiting in UI tests without sleeping: the display keeps processing events (async runnables, UI jobs) until a
 * condition holds or a deadline passes.
 */
public final class UiWait {

	/** Long enough for a cluster on loopback; a failure still ends the test in reasonable time. */
	public static final Duration DEFAULT = Duration.ofSeconds(30);
	private static final int WAKE_UP_MILLIS = 20;

	private UiWait() {
	}

	public static void until(String what, BooleanSupplier condition) {
		until(what, DEFAULT, condition);
	}

	public static void until(String what, Duration timeout, BooleanSupplier condition) {
		until(what, timeout, condition, () -> null);
	}

	/** As {@link #until(String, BooleanSupplier)}; a failure says what {@code seen} found instead. */
	public static void until(String what, BooleanSupplier condition, Supplier<?> seen) {
		until(what, DEFAULT, condition, seen);
	}

	private static void until(String what, Duration timeout, BooleanSupplier condition, Supplier<?> seen) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				Object found = seen.get();
				fail("Waited " + timeout.toSeconds() + " s in vain for " + what
						+ (found == null ? "" : "; found " + found));
			}
			if (!display.readAndDispatch()) {
				display.timerExec(WAKE_UP_MILLIS, () -> {
					// Only wakes the display up to look at the condition again.
				});
				display.sleep();
			}
		}
	}

	/** Until no job of the family is waiting or running, processing UI events meanwhile. */
	public static void jobs(Object family) {
		until("the jobs of " + family + " to end", () -> Job.getJobManager().find(family).length == 0);
	}

	/** Processes what is queued on the display now. */
	public static void dispatch() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// Keep going until the queue is empty.
		}
	}
}
