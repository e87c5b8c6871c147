package io.kube9.benchmarks.measure;

/**
 * How often an operation runs: untimed warm-up runs first (JIT, connections, the server's own caches), then the
 * timed ones. System property {@value #SCALE_PROPERTY} scales every count (0.2 for a quick smoke run).
 */
public record Repetitions(int warmUp, int measured) {

	public static final String SCALE_PROPERTY = "kube9.bench.scale";

	/** Fast operations: enough runs that the p90 means something. */
	public static final Repetitions FAST = new Repetitions(20, 100);
	/**
	 * Operations of a few milliseconds set against their floor: warmed until the JIT compiled the whole path (a
	 * body's parse is 3x slower over its first hundred calls), as it is in an IDE that has listed for a while.
	 */
	public static final Repetitions STEADY = new Repetitions(300, 100);
	/** Operations of tens to hundreds of milliseconds (process starts, small lists). */
	public static final Repetitions MEDIUM = new Repetitions(5, 30);
	/** Operations of a second or more (thousands of pods, kubectl on large lists). */
	public static final Repetitions SLOW = new Repetitions(3, 15);

	/** Fresh IDE starts per variant (the warm-up is the start that prepares the workspace). */
	public static final Repetitions COLD_STARTS = new Repetitions(1, 7);

	public Repetitions {
		if (warmUp < 0 || measured < 1) {
			throw new IllegalArgumentException("bad repetitions " + warmUp + "/" + measured);
		}
	}

	/** These counts scaled by {@value #SCALE_PROPERTY}, never below one warm-up and five timed runs. */
	public Repetitions scaled() {
		double scale = Double.parseDouble(System.getProperty(SCALE_PROPERTY, "1"));
		return new Repetitions(Math.max(1, (int) Math.round(warmUp * scale)),
				Math.max(5, (int) Math.round(measured * scale)));
	}
}
