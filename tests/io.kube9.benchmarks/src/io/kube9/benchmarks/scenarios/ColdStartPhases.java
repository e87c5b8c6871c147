package io.kube9.benchmarks.scenarios;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.kube9.benchmarks.support.ClassLoadLog;
import io.kube9.benchmarks.support.WorkbenchProcess.Outcome;

/**
 * Where a cold first expansion's time goes, from the timestamps core and the Explorer take under
 * {@code -Dkube9.trace=true} (the {@code trace.*} keys of the probe's report), as medians over the fresh starts
 * of each variant; and which libraries loaded classes meanwhile, from one start with a class-load log.
 */
final class ColdStartPhases {

	/** One row: the time between two reported instants. */
	private record Phase(String label, String from, String to) {
	}

	private static final List<Phase> EXPANSION = List.of(
			new Phase("expand call → the cluster's load job runs (job scheduling)", "expand.start",
					"trace.cluster.job.start"),
			new Phase("load job → status check starts (core's executor)", "trace.cluster.job.start",
					"trace.status.check.start"),
			new Phase("check → client build starts", "trace.status.check.start", "trace.client.build.start"),
			new Phase("client build: kubeconfig entries, credentials", "trace.client.build.start",
					"trace.client.tls.start"),
			new Phase("client build: ClientBuilder.build (TLS context, key and trust managers)",
					"trace.client.tls.start", "trace.client.tls.end"),
			new Phase("client built → GET /version answered (connect, handshake, parse)", "trace.client.build.end",
					"trace.status.version.end"),
			new Phase("connectivity known (status check start → /version answered)", "trace.status.check.start",
					"trace.status.version.end"),
			new Phase("operator ConfigMap and ArgoCD CRD checks", "trace.status.version.end",
					"trace.status.operator.end"),
			new Phase("status published → load job ends", "trace.status.published", "trace.cluster.job.end"),
			new Phase("UI: load job ends → cluster refreshed (asyncExec, content, labels)", "trace.cluster.job.end",
					"trace.ui.refreshed.cluster"),
			new Phase("UI: refreshed → first category row painted", "trace.ui.refreshed.cluster", "expand.painted"),
			new Phase("total: expand call → first category row painted", "expand.start", "expand.painted"));

	private static final List<Phase> PODS = List.of(
			new Phase("expand call → the listing job runs", "pods.start", "trace.listing.job.start"),
			new Phase("listing: request, streaming parse, trimmed items", "trace.listing.job.start",
					"trace.listing.job.end"),
			new Phase("UI: listing job ends → Pods refreshed", "trace.listing.job.end", "trace.ui.refreshed.kind"),
			new Phase("UI: refreshed → first pod row painted", "trace.ui.refreshed.kind", "pods.painted"),
			new Phase("total: expand call → first pod row painted", "pods.start", "pods.painted"));

	private ColdStartPhases() {
	}

	/** The phase tables: one column per variant (name → its fresh starts). */
	static String tables(Map<String, List<Outcome>> variants) {
		return table("First expansion of the current cluster", EXPANSION, "expand.start", variants) + '\n'
				+ table("Then Workloads > Pods", PODS, "pods.start", variants);
	}

	/** Per library, the classes loaded during each variant's first expansion (one start each, with the log). */
	static String classLoads(Map<String, ClassLoadLog.Window> windows, int rows) {
		Map<String, Map<String, Integer>> byLibrary = new LinkedHashMap<>();
		windows.forEach((variant, window) -> window.classes().forEach((library, count) -> byLibrary
				.computeIfAbsent(library, key -> new LinkedHashMap<>()).put(variant, count)));
		StringBuilder out = new StringBuilder("| Library | ");
		out.append(String.join(" | ", windows.keySet())).append(" |\n|---|");
		windows.keySet().forEach(variant -> out.append("---:|"));
		out.append('\n');
		out.append("| every class | ");
		out.append(String.join(" | ", windows.values().stream()
				.map(window -> window.total() + " in " + ms(window.nanos() / 1e6) + " ms").toList()))
				.append(" |\n");
		byLibrary.entrySet().stream().limit(rows).forEach(entry -> {
			out.append("| ").append(entry.getKey()).append(" | ");
			List<String> cells = new ArrayList<>();
			windows.keySet().forEach(variant -> cells.add(String.valueOf(entry.getValue().getOrDefault(variant, 0))));
			out.append(String.join(" | ", cells)).append(" |\n");
		});
		return out.toString();
	}

	private static String table(String title, List<Phase> phases, String origin, Map<String, List<Outcome>> variants) {
		StringBuilder out = new StringBuilder("**").append(title).append("** (median ms over the fresh starts; ")
				.append("- where a step did not happen in the step's window)\n\n| Phase | ");
		out.append(String.join(" | ", variants.keySet())).append(" |\n|---|");
		variants.keySet().forEach(variant -> out.append("---:|"));
		out.append('\n');
		for (Phase phase : phases) {
			out.append("| ").append(phase.label()).append(" | ");
			List<String> cells = new ArrayList<>();
			for (List<Outcome> outcomes : variants.values()) {
				cells.add(median(outcomes, phase, origin));
			}
			out.append(String.join(" | ", cells)).append(" |\n");
		}
		return out.toString();
	}

	/** A phase counts only when both its ends fall after the step began (a warm-up may have marked them earlier). */
	private static String median(List<Outcome> outcomes, Phase phase, String origin) {
		List<Long> values = new ArrayList<>();
		for (Outcome outcome : outcomes) {
			long fromOrigin = outcome.between(origin, phase.from());
			long length = outcome.between(phase.from(), phase.to());
			if (fromOrigin >= 0 && length >= 0) {
				values.add(length);
			}
		}
		if (values.isEmpty()) {
			return "-";
		}
		values.sort(null);
		int n = values.size();
		double median = n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2.0;
		return ms(median / 1e6);
	}

	private static String ms(double millis) {
		return String.format(Locale.ROOT, millis < 10 ? "%.2f" : "%.1f", millis);
	}
}
