package io.kube9.ui.internal.performance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.performance.ContextPerformance;
import io.kube9.core.performance.RequestStatistics;
import io.kube9.core.resources.CacheStatistics;

/** Turns core's numbers into the view's rows: one per context, then what the cache holds now. */
public final class PerformanceRows {

	private PerformanceRows() {
	}

	public static List<PerformanceRow> of(List<ContextPerformance> contexts, CacheStatistics cache) {
		List<PerformanceRow> rows = new ArrayList<>();
		contexts.forEach(context -> rows.add(context(context)));
		rows.add(cache(cache));
		return rows;
	}

	private static PerformanceRow context(ContextPerformance context) {
		String id = context.context();
		List<PerformanceRow> children = new ArrayList<>();
		long requests = 0;
		long errors = 0;
		for (RequestStatistics row : context.requests()) {
			requests += row.count();
			errors += row.errors();
			children.add(new PerformanceRow(id + '/' + row.kind() + '/' + row.backend(), row.kind(), row.backend(),
					Long.toString(row.count()), Long.toString(row.errors()), millis(row.p50()), millis(row.p95()),
					List.of()));
		}
		children.add(PerformanceRow.counter(id + "/cacheHits", PerformanceMessages.row_cacheHits,
				context.cacheHits()));
		children.add(PerformanceRow.counter(id + "/cacheMisses", PerformanceMessages.row_cacheMisses,
				context.cacheMisses()));
		children.add(PerformanceRow.counter(id + "/reconnects", PerformanceMessages.row_watchReconnects,
				context.watchReconnects()));
		for (Map.Entry<ErrorKind, Long> error : context.errors().entrySet()) {
			children.add(PerformanceRow.counter(id + "/error/" + error.getKey(),
					NLS.bind(PerformanceMessages.row_errors, error.getKey()), error.getValue()));
		}
		return new PerformanceRow(id, context.context(), "", Long.toString(requests), Long.toString(errors), "", "",
				children);
	}

	/** State, not counters: what the cache holds now, by kind (Reset does not apply to it). */
	private static PerformanceRow cache(CacheStatistics cache) {
		List<PerformanceRow> children = new ArrayList<>();
		cache.sizeByKind().entrySet().stream().sorted(Map.Entry.comparingByKey())
				.forEach(entry -> children.add(PerformanceRow.counter("\u0000cache/" + entry.getKey(), entry.getKey(),
						entry.getValue())));
		// An id no context can have: context names never contain NUL.
		return new PerformanceRow("\u0000cache", PerformanceMessages.row_cachedListings, "",
				Long.toString(cache.size()), "", "", "", children);
	}

	/** Milliseconds with one decimal: sub-millisecond answers from a warm connection are common. */
	static String millis(Duration duration) {
		return String.format("%.1f", duration.toNanos() / 1_000_000.0);
	}
}
