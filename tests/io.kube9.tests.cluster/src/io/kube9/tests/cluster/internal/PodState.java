package io.kube9.tests.cluster.internal;

/** What a seeded pod's status pretends happened to it. */
public enum PodState {
	/** Scheduled, container running and ready. */
	RUNNING("Running", true, null, 0),
	/** Scheduled, container restarting over and over: waiting in CrashLoopBackOff, not ready. */
	CRASH_LOOP("Running", false, "CrashLoopBackOff", 7),
	/** Not scheduled (no node has room): Pending with PodScheduled=False. */
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

	public boolean ready() {
		return ready;
	}

	/** The container's waiting reason, or null. */
	public String waitingReason() {
		return waitingReason;
	}

	public int restarts() {
		return restarts;
	}

	public boolean scheduled() {
		return this != PENDING;
	}
}
