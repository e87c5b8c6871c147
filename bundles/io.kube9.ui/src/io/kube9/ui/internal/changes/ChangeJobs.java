package io.kube9.ui.internal.changes;

/** Families of the change jobs (tests join them). */
public final class ChangeJobs {

	/** Dry runs, applies, deletes, scales, restarts, cordons: what the user asked to change. */
	public static final Object CHANGE = new Family("io.kube9.ui.jobs.change"); //$NON-NLS-1$

	/** The background access reviews that decide which change commands are enabled. */
	public static final Object PERMISSIONS = new Family("io.kube9.ui.jobs.permissions"); //$NON-NLS-1$

	private ChangeJobs() {
	}

	private record Family(String name) {
	}
}
