package io.kube9.benchmarks.report;

import java.util.Locale;
import java.util.function.ToDoubleFunction;

import io.kube9.benchmarks.measure.Figure;
import io.kube9.benchmarks.measure.Results;

/**
 * A goal the run is judged by (never a test failure): a figure computed from the results and a bound.
 *
 * @param description what is aimed at
 * @param figure      computes the figure; NaN when its inputs were not measured
 * @param unit        "x" for ratios, "ms" for times, or what a count counts
 * @param bound       the limit
 * @param atLeast     whether the figure must reach the bound (else stay below it)
 */
public record Target(String description, ToDoubleFunction<Results> figure, String unit, double bound,
		boolean atLeast) {

	public static Target ratioAtLeast(String description, String slowerId, String fasterId, double bound) {
		return new Target(description, results -> results.median(slowerId) / results.median(fasterId), "x", bound,
				true);
	}

	public static Target ratioAtMost(String description, String numeratorId, String denominatorId, double bound) {
		return new Target(description, results -> results.median(numeratorId) / results.median(denominatorId), "x",
				bound, false);
	}

	public static Target medianBelow(String description, String id, double millis) {
		return new Target(description, results -> results.median(id), "ms", millis, false);
	}

	/** A figure (not a timing) below a bound, in its own unit. */
	public static Target figureBelow(String description, String id, String unit, double bound) {
		return new Target(description, results -> results.figure(id).map(Figure::value).orElse(Double.NaN), unit,
				bound, false);
	}

	/** "met", "missed" or "not measured". */
	public String verdict(Results results) {
		double value = figure.applyAsDouble(results);
		if (Double.isNaN(value)) {
			return "not measured";
		}
		boolean met = atLeast ? value >= bound : "x".equals(unit) ? value <= bound : value < bound;
		return met ? "met" : "missed";
	}

	public String measuredText(Results results) {
		double value = figure.applyAsDouble(results);
		return Double.isNaN(value) ? "-"
				: "x".equals(unit) ? String.format(Locale.ROOT, "%.1fx", value)
				: String.format(Locale.ROOT, "%.2f %s", value, unit);
	}

	public String boundText() {
		String number = "x".equals(unit) ? String.format(Locale.ROOT, "%.1fx", bound)
				: String.format(Locale.ROOT, "%.0f %s", bound, unit);
		return (atLeast ? ">= " : "x".equals(unit) ? "<= " : "< ") + number;
	}
}
