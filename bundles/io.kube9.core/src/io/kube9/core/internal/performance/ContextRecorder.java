package io.kube9.core.internal.performance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.performance.ContextPerformance;
import io.kube9.core.performance.RequestStatistics;

/** The counters of one context. Thread-safe; a request of a known kind and backend allocates nothing. */
final class ContextRecorder {

	private static final ErrorKind[] KINDS = ErrorKind.values();

	private final String context;
	/** By backend, then by kind: two lookups with the caller's strings, no key object per request. */
	private final Map<String, Map<String, RequestSeries>> series = new ConcurrentHashMap<>();
	private final LongAdder cacheHits = new LongAdder();
	private final LongAdder cacheMisses = new LongAdder();
	private final LongAdder reconnects = new LongAdder();
	private final AtomicLongArray errors = new AtomicLongArray(KINDS.length);

	ContextRecorder(String context) {
		this.context = context;
	}

	void request(String kind, String backend, long latencyNanos, ErrorKind failure) {
		Map<String, RequestSeries> ofBackend = series.get(backend);
		if (ofBackend == null) {
			ofBackend = series.computeIfAbsent(backend, name -> new ConcurrentHashMap<>());
		}
		RequestSeries row = ofBackend.get(kind);
		if (row == null) {
			row = ofBackend.computeIfAbsent(kind, name -> new RequestSeries(name, backend));
		}
		row.record(latencyNanos, failure != null);
		if (failure != null) {
			errors.incrementAndGet(failure.ordinal());
		}
	}

	void cacheLookup(boolean hit) {
		(hit ? cacheHits : cacheMisses).increment();
	}

	void reconnect() {
		reconnects.increment();
	}

	ContextPerformance snapshot() {
		List<RequestStatistics> rows = new ArrayList<>();
		series.values().forEach(ofBackend -> ofBackend.values().forEach(row -> rows.add(row.snapshot())));
		rows.sort(Comparator.comparing(RequestStatistics::kind).thenComparing(RequestStatistics::backend));
		Map<ErrorKind, Long> byClass = new EnumMap<>(ErrorKind.class);
		for (ErrorKind kind : KINDS) {
			long count = errors.get(kind.ordinal());
			if (count > 0) {
				byClass.put(kind, count);
			}
		}
		return new ContextPerformance(context, rows, cacheHits.sum(), cacheMisses.sum(), reconnects.sum(), byClass);
	}
}
