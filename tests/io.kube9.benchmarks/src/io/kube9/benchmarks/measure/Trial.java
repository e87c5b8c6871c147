package io.kube9.benchmarks.measure;

/** One timed run of an operation, with untimed preparation before it (drop a client, collapse a node). */
public interface Trial {

	/** Puts things into the state the timed part starts from; not timed. */
	default void prepare() throws Exception {
		// Nothing by default.
	}

	/** The timed part. */
	void run() throws Exception;

	/** A trial without preparation. */
	static Trial of(Action action) {
		return action::run;
	}

	/** A trial whose preparation runs before every timed run. */
	static Trial of(Action preparation, Action action) {
		return new Trial() {
			@Override
			public void prepare() throws Exception {
				preparation.run();
			}

			@Override
			public void run() throws Exception {
				action.run();
			}
		};
	}

	/** Something that may fail with any exception. */
	@FunctionalInterface
	interface Action {
		void run() throws Exception;
	}
}
