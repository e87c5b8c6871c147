package io.kube9.benchmarks.report;

import java.util.Locale;

import io.kube9.benchmarks.measure.Figure;
import io.kube9.benchmarks.measure.Measurement;
import io.kube9.benchmarks.measure.Results;

/** One row per timing and per figure: id, operation, variant, median, p90, min, max, runs, unit. */
public final class CsvReport {

	private CsvReport() {
	}

	public static String render(Results results) {
		StringBuilder out = new StringBuilder("id,operation,variant,median,p90,min,max,runs,unit\n");
		for (Measurement m : results.measurements()) {
			out.append(String.join(",", m.id(), quote(m.operation()), quote(m.variant()),
					number(m.samples().medianMillis()), number(m.samples().p90Millis()),
					number(m.samples().minMillis()), number(m.samples().maxMillis()),
					Integer.toString(m.samples().count()), "ms")).append('\n');
		}
		for (Figure f : results.figures()) {
			out.append(String.join(",", f.id(), quote(f.label()), quote(f.note()), number(f.value()), "", "", "", "",
					f.unit())).append('\n');
		}
		return out.toString();
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.3f", value);
	}

	private static String quote(String text) {
		return '"' + text.replace("\"", "\"\"") + '"';
	}
}
