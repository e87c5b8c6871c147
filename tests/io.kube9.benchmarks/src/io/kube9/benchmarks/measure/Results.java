package io.kube9.benchmarks.measure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Everything one run measured, in the order it was measured. */
public final class Results {

	private final List<Measurement> measurements = new ArrayList<>();
	private final List<Figure> figures = new ArrayList<>();
	private final List<Section> sections = new ArrayList<>();

	public synchronized Measurement add(Measurement measurement) {
		measurements.add(measurement);
		System.out.printf("bench: %-40s %-34s %s%n", measurement.operation(), measurement.variant(),
				measurement.samples());
		return measurement;
	}

	/** Samples a trial and records it. */
	public Measurement time(String id, String operation, String variant, Repetitions repetitions, Trial trial)
			throws Exception {
		return add(new Measurement(id, operation, variant, Sampler.sample(trial, repetitions)));
	}

	public synchronized void add(Figure figure) {
		figures.add(figure);
		System.out.printf("bench: %-40s %.2f %s (%s)%n", figure.label(), figure.value(), figure.unit(), figure.note());
	}

	public synchronized void add(Section section) {
		sections.add(section);
	}

	public synchronized List<Section> sections() {
		return Collections.unmodifiableList(new ArrayList<>(sections));
	}

	public synchronized List<Measurement> measurements() {
		return Collections.unmodifiableList(new ArrayList<>(measurements));
	}

	public synchronized List<Figure> figures() {
		return Collections.unmodifiableList(new ArrayList<>(figures));
	}

	public synchronized Optional<Measurement> find(String id) {
		return measurements.stream().filter(m -> m.id().equals(id)).findFirst();
	}

	public synchronized Optional<Figure> figure(String id) {
		return figures.stream().filter(f -> f.id().equals(id)).findFirst();
	}

	/** Median of a measurement in ms, or NaN when it was not measured. */
	public double median(String id) {
		return find(id).map(m -> m.samples().medianMillis()).orElse(Double.NaN);
	}
}
