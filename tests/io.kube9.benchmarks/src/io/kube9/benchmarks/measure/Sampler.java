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

	/**
	 * Runs trials by turns, one run of each per round (warm-up rounds, then timed ones), so that every trial sees
	 * the same machine: a load that comes and goes shifts them all alike, and their ratio holds.
	 */
	public static List<Samples> alternate(List<Trial> trials, Repetitions repetitions) throws Exception {
		Repetitions counts = repetitions.scaled();
		for (int i = 0; i < counts.warmUp(); i++) {
			for (Trial trial : trials) {
				trial.prepare();
				trial.run();
			}
		}
		List<List<Long>> nanos = new ArrayList<>();
		trials.forEach(trial -> nanos.add(new ArrayList<>(counts.measured())));
		for (int i = 0; i < counts.measured(); i++) {
			for (int t = 0; t < trials.size(); t++) {
				Trial trial = trials.get(t);
				trial.prepare();
				long start = System.nanoTime();
				trial.run();
				nanos.get(t).add(System.nanoTime() - start);
			}
		}
		List<Samples> samples = new ArrayList<>();
		nanos.forEach(runs -> samples.add(new Samples(runs)));
		return samples;
	}
}
