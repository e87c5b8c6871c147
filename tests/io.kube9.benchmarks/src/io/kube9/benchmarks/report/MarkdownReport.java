package io.kube9.benchmarks.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.kube9.benchmarks.measure.Figure;
import io.kube9.benchmarks.measure.Measurement;
import io.kube9.benchmarks.measure.Results;
import io.kube9.benchmarks.measure.Section;

/** The results as markdown: the run, every timing, kubectl against the API client, other figures, the targets. */
public final class MarkdownReport {

	private final Results results;
	private final List<Comparison> comparisons;
	private final List<Target> targets;
	private final Map<String, String> expected;
	private final RunInfo info;

	/** @param expected the seed's figure per measurement id, where it named one */
	public MarkdownReport(Results results, List<Comparison> comparisons, List<Target> targets,
			Map<String, String> expected, RunInfo info) {
		this.results = results;
		this.comparisons = comparisons;
		this.targets = targets;
		this.expected = expected;
		this.info = info;
	}

	public String render() {
		StringBuilder out = new StringBuilder();
		out.append("# Kube9 benchmarks: kubectl processes against the API client\n\n");
		out.append("- Run: ").append(info.started()).append(" to ").append(info.finished()).append('\n');
		out.append("- Machine: ").append(info.processors()).append(" processors; load average (1/5/15 min) ")
				.append(info.loadBefore()).append(" at the start, ").append(info.loadAfter()).append(" at the end\n");
		out.append("- Cluster: ").append(info.cluster()).append('\n');
		out.append("- kubectl: ").append(info.kubectl()).append("; JVM: ").append(info.java()).append("\n\n");
		out.append("Times in milliseconds, after warm-up; p90 = nine runs in ten took at most this long.\n\n");
		out.append(summary()).append('\n').append(timings()).append('\n');
		if (!results.figures().isEmpty()) {
			out.append(figures()).append('\n');
		}
		for (Section section : results.sections()) {
			out.append("## ").append(section.title()).append("\n\n").append(section.markdown()).append('\n');
		}
		out.append(targets());
		return out.toString();
	}

	/** kubectl against the API client per operation, with the seed's expectations beside. */
	public String summary() {
		StringBuilder out = new StringBuilder("## kubectl against the API client\n\n");
		out.append("| Operation | kubectl median | kubectl p90 | API client median | API client p90 | API client faster by | Seed expected (kubectl → API client) |\n");
		out.append("|---|---:|---:|---:|---:|---:|---|\n");
		for (Comparison comparison : Comparison.measured(comparisons, results)) {
			Measurement kubectl = results.find(comparison.kubectlId()).orElseThrow();
			Measurement api = results.find(comparison.apiId()).orElseThrow();
			out.append("| ").append(comparison.label()).append(" | ").append(ms(kubectl.samples().medianMillis()))
					.append(" | ").append(ms(kubectl.samples().p90Millis())).append(" | ")
					.append(ms(api.samples().medianMillis())).append(" | ").append(ms(api.samples().p90Millis()))
					.append(" | ").append(String.format(Locale.ROOT, "%.1fx", comparison.speedUp(results)))
					.append(" | ").append(comparison.expected() == null ? "" : comparison.expected().text())
					.append(" |\n");
		}
		return out.toString();
	}

	/** Every timing of the run. */
	public String timings() {
		StringBuilder out = new StringBuilder("## Every timing\n\n");
		out.append("| Operation | Variant | Median | p90 | Min | Max | Runs | Seed expected |\n");
		out.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
		for (Measurement m : results.measurements()) {
			out.append("| ").append(m.operation()).append(" | ").append(m.variant()).append(" | ")
					.append(ms(m.samples().medianMillis())).append(" | ").append(ms(m.samples().p90Millis()))
					.append(" | ").append(ms(m.samples().minMillis())).append(" | ")
					.append(ms(m.samples().maxMillis())).append(" | ").append(m.samples().count()).append(" | ")
					.append(expected.getOrDefault(m.id(), "")).append(" |\n");
		}
		return out.toString();
	}

	public String figures() {
		StringBuilder out = new StringBuilder("## Other figures\n\n| Figure | Value | How |\n|---|---:|---|\n");
		for (Figure figure : results.figures()) {
			out.append("| ").append(figure.label()).append(" | ")
					.append(String.format(Locale.ROOT, "%.2f %s", figure.value(), figure.unit())).append(" | ")
					.append(figure.note()).append(" |\n");
		}
		return out.toString();
	}

	public String targets() {
		StringBuilder out = new StringBuilder("## Targets\n\n| Target | Measured | Required | Verdict |\n|---|---:|---:|---|\n");
		for (Target target : targets) {
			out.append("| ").append(target.description()).append(" | ").append(target.measuredText(results))
					.append(" | ").append(target.boundText()).append(" | ").append(target.verdict(results))
					.append(" |\n");
		}
		return out.toString();
	}

	static String ms(double millis) {
		if (millis < 10) {
			return String.format(Locale.ROOT, "%.2f", millis);
		}
		return String.format(Locale.ROOT, "%.1f", millis);
	}
}
