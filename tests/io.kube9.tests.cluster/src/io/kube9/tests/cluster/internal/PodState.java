package io.kube9.tests.cluster.internal;

/** What a demo pod does once the seed settled: kwok runs it, crash-loops it or completes it, or nothing can. */
public enum PodState {
	/** Scheduled, container running and ready. */
	RUNNING("Running", true, null, 0),
	/**
	 * Scheduled, its container exits with 1 a moment after each start: phase Running, restartCount counting up
	 * from 1, and in between (most of the time) waiting in CrashLoopBackOff, not ready.
	 */
	CRASH_LOOP("Running", false, "CrashLoopBackOff", 1),
	/** Not scheduled: it asks for more memory than any node has (PodScheduled=False, Unschedulable). */
	PENDING("Pending", false, null, 0),
	/** Ran to completion (a Job's pod). */
	SUCCEEDED("Succeeded", false, null, 0);

	private final String phase;
	private final boolean ready;
	private final String waitingReason;
	private final int restarts;

	PodState(String phase, boolean ready, String waitingReason, int restarts) {
		this.phase = phase;
		this.ready = ready;
		this.waitingReason = waitingReason;
		this.restarts = restarts;
	}

	public String phase() {
		return phase;
	}

	/** Whether its Ready condition is True (for the crash loop: while it backs off). */
	public boolean ready() {
		return ready;
	}

	/** The container's waiting reason (for the crash loop: between restarts), or null. */
	public String waitingReason() {
		return waitingReason;
	}

	/** The container's restartCount once settled, at least (the crash loop's grows). */
	public int restarts() {
		return restarts;
	}
}
