package io.kube9.ui.internal;

/** Families of the explorer's jobs: cancel or join them as a group (tests join instead of sleeping). */
public final class JobFamilies {

	/** Loads of tree children: system jobs in the background, user jobs when the user refreshed. */
	public static final Object LOAD = new Family("io.kube9.ui.jobs.load");

	/** Jobs the explorer's commands start: set namespace or context, open YAML, fetch properties. */
	public static final Object COMMAND = new Family("io.kube9.ui.jobs.command");

	/** The delayed UI job that applies bursts of tree updates at once. */
	public static final Object TREE_UPDATE = new Family("io.kube9.ui.jobs.treeUpdate");

	/** The rest of a change of many rows, applied in slices of the UI thread; also of {@link #TREE_UPDATE}. */
	public static final Object TREE_ROWS = new Family("io.kube9.ui.jobs.treeRows");

	/** The Kubernetes Performance view's reading of core's numbers, every second while it is open. */
	public static final Object PERFORMANCE = new Family("io.kube9.ui.jobs.performance");

	private JobFamilies() {
	}

	private record Family(String name) {
	}
}
