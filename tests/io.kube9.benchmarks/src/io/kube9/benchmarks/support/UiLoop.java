package io.kube9.benchmarks.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/**
 * Waiting on the UI thread without sleeping: the display keeps running events (asyncExecs, UI jobs) until a
 * condition holds. Other threads wake the display when they post work, so the condition is looked at as soon as
 * the tree changed; a 1 ms timer catches the rest. The time a benchmark reads is when the UI thread saw it.
 */
public final class UiLoop {

	public static final Duration DEADLINE = Duration.ofSeconds(60);
	private static final int WAKE_UP_MILLIS = 1;

	private UiLoop() {
	}

	public static void until(String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + DEADLINE.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Waited " + DEADLINE.toSeconds() + " s in vain for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(WAKE_UP_MILLIS, () -> {
					// Only wakes the display up to look at the condition again.
				});
				display.sleep();
			}
		}
	}

	/** Until no job of the family is waiting or running. */
	public static void jobs(Object family) {
		until("the jobs of " + family, () -> Job.getJobManager().find(family).length == 0);
	}

	/**
	 * Lets the workbench finish what it has queued (layouts, paints of a view just opened), so that a trial
	 * starting next measures its own work, not the backlog of its setup.
	 */
	public static void settle() {
		dispatch();
		Display.getCurrent().update();
		dispatch();
	}

	/** Runs what is queued on the display now. */
	public static void dispatch() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// Until the queue is empty.
		}
	}
}
