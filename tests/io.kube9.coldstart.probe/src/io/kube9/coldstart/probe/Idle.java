package io.kube9.coldstart.probe;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/**
 * Waits until the workbench is idle: no job waiting or running, and the UI thread answering at once, twice in a
 * row a short interval apart. Polls, because the job manager has no "idle" event; the interval bounds the error
 * of the instant reported.
 */
final class Idle {

	private static final long POLL_MILLIS = 10;
	private static final int QUIET_POLLS = 3;

	private final Display display;
	private final Duration deadline;

	Idle(Display display, Duration deadline) {
		this.display = display;
		this.deadline = deadline;
	}

	/** @return the nanoTime at which the quiet period began; on timeout, notes the busy jobs and returns now */
	long await(Report report, String step) throws Exception {
		long end = System.nanoTime() + deadline.toNanos();
		long quietSince = 0;
		int quiet = 0;
		while (System.nanoTime() < end) {
			long now = System.nanoTime();
			boolean idle = Job.getJobManager().isIdle();
			Ui.run(display, () -> {
				// Only proves the UI thread is free.
			});
			if (idle && Job.getJobManager().isIdle()) {
				if (quiet++ == 0) {
					quietSince = now;
				}
				if (quiet >= QUIET_POLLS) {
					return quietSince;
				}
			} else {
				quiet = 0;
			}
			Thread.sleep(POLL_MILLIS);
		}
		report.put(step + ".idle.timeout", Arrays.stream(Job.getJobManager().find(null)).map(Job::getName)
				.collect(Collectors.joining(",")));
		return System.nanoTime();
	}
}
