package io.kube9.core.performance;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kube9.core.errors.ErrorKind;

/**
 * What one context's requests cost and how they ended, since start or the last reset.
 *
 * @param context         the kubeconfig context
 * @param requests        one row per kind and backend, sorted by kind then backend
 * @param cacheHits       listings answered from the cache
 * @param cacheMisses     listings that had to be loaded
 * @param watchReconnects reconnection attempts of the live engine after a lost connection
 * @param errors          failed requests by class; only the classes that occurred
 */
public record ContextPerformance(String context, List<RequestStatistics> requests, long cacheHits,
		long cacheMisses, long watchReconnects, Map<ErrorKind, Long> errors) {

	public ContextPerformance {
		requests = List.copyOf(requests);
		// In the enum's order, for a stable display.
		errors = errors.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(errors));
	}

	/** The row of a kind and backend, if any request of it was made. */
	public Optional<RequestStatistics> request(String kind, String backend) {
		return requests.stream().filter(row -> row.kind().equals(kind) && row.backend().equals(backend)).findFirst();
	}
}
