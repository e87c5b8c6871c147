package io.kube9.preferences.internal;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/** Waiting on the UI thread without sleeping: events keep being served until a condition holds or time is up. */
final class PreferenceWait {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private PreferenceWait() {
	}

	static void until(String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("Waited " + TIMEOUT.toSeconds() + " s in vain for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
					// Only wakes the display up to look at the condition again.
				});
				display.sleep();
			}
		}
	}

	/** Until no job of the family waits, sleeps or runs. */
	static void jobs(Object family) {
		until("the jobs of " + family, () -> Job.getJobManager().find(family).length == 0);
	}
}
