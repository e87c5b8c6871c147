package io.kube9.benchmarks.measure;

import java.util.ArrayList;
import java.util.List;

/** Runs a trial: warm-up runs, then timed runs, each after its untimed preparation. */
public final class Sampler {

	private Sampler() {
	}

	public static Samples sample(Trial trial, Repetitions repetitions) throws Exception {
		Repetitions counts = repetitions.scaled();
		for (int i = 0; i < counts.warmUp(); i++) {
			trial.prepare();
			trial.run();
		}
		List<Long> nanos = new ArrayList<>(counts.measured());
		for (int i = 0; i < counts.measured(); i++) {
			trial.prepare();
			long start = System.nanoTime();
			trial.run();
			nanos.add(System.nanoTime() - start);
		}
		return new Samples(nanos);
	}
}
