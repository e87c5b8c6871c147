package io.kube9.core.internal.kubeconfig;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Runs an action once after a burst of triggers has been quiet for a while (an editor's save is many events). */
public final class Debouncer {

	private final ScheduledExecutorService executor;
	private final Duration delay;
	private final Runnable action;
	private ScheduledFuture<?> pending;

	public Debouncer(ScheduledExecutorService executor, Duration delay, Runnable action) {
		this.executor = executor;
		this.delay = delay;
		this.action = action;
	}

	public synchronized void trigger() {
		if (pending != null) {
			// A run already started completes; a new one follows it, so nothing after it is missed.
			pending.cancel(false);
		}
		try {
			pending = executor.schedule(action, delay.toNanos(), TimeUnit.NANOSECONDS);
		} catch (RejectedExecutionException e) {
			// Shut down: nothing is reloaded any more.
			pending = null;
		}
	}
}
