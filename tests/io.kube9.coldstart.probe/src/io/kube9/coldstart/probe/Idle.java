package io.kube9.coldstart.probe;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Display;

/**
 * Waits until the workbench is idle: no job waiting or running, the UI thread through what was posted to it, and
 * no job scheduled for a short quiet period after that (a job's last act is often to schedule the next). Driven by
 * the job manager's change events; the instant reported is when the last job ended.
 */
final class Idle {

	private static final long QUIET_MILLIS = 20;

	private final Display display;
	private final Duration deadline;

	Idle(Display display, Duration deadline) {
		this.display = display;
		this.deadline = deadline;
	}

	/** @return the nanoTime at which the quiet period began; on timeout, notes the busy jobs and returns now */
	long await(Report report, String step) throws Exception {
		long end = System.nanoTime() + deadline.toNanos();
		IJobManager jobs = Job.getJobManager();
		Activity activity = new Activity(System.nanoTime());
		jobs.addJobChangeListener(activity);
		try {
			long remaining;
			while ((remaining = end - System.nanoTime()) > 0) {
				long seen = activity.changes();
				if (!jobs.isIdle()) {
					activity.awaitChangeAfter(seen, TimeUnit.NANOSECONDS.toMillis(remaining) + 1);
					continue;
				}
				long since = activity.lastEnded();
				Ui.run(display, () -> {
					// Only proves the UI thread is free.
				});
				if (!activity.awaitChangeAfter(seen, QUIET_MILLIS) && jobs.isIdle()) {
					return since;
				}
			}
		} finally {
			jobs.removeJobChangeListener(activity);
		}
		report.put(step + ".idle.timeout", Arrays.stream(jobs.find(null)).map(Job::getName)
				.collect(Collectors.joining(",")));
		return System.nanoTime();
	}

	/** Counts the jobs' changes of state and notes when a job last ended; waiters are woken at each change. */
	private static final class Activity extends JobChangeAdapter {

		private long changes;
		private long lastEnded;

		Activity(long start) {
			this.lastEnded = start;
		}

		@Override
		public void scheduled(IJobChangeEvent event) {
			changed(false);
		}

		@Override
		public void awake(IJobChangeEvent event) {
			changed(false);
		}

		@Override
		public void done(IJobChangeEvent event) {
			changed(true);
		}

		private synchronized void changed(boolean ended) {
			changes++;
			if (ended) {
				lastEnded = System.nanoTime();
			}
			notifyAll();
		}

		synchronized long changes() {
			return changes;
		}

		synchronized long lastEnded() {
			return lastEnded;
		}

		/** @return whether a change came after the {@code seen}-th within the time given */
		synchronized boolean awaitChangeAfter(long seen, long millis) throws InterruptedException {
			long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
			long left;
			while (changes == seen && (left = until - System.nanoTime()) > 0) {
				TimeUnit.NANOSECONDS.timedWait(this, left);
			}
			return changes != seen;
		}
	}
}
