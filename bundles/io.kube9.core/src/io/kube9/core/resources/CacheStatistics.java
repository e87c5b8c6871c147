package io.kube9.core.resources;

import java.util.Map;

/**
 * Counters of the resource cache since it was created.
 *
 * @param hits      lookups answered from the cache
 * @param misses    lookups that had to load
 * @param loads     loads that completed (successfully or not)
 * @param failures  loads that failed
 * @param evictions entries dropped because they expired or the cache was full (not invalidations)
 * @param size      entries held now
 * @param sizeByKind entries held now, by kind id
 */
public record CacheStatistics(long hits, long misses, long loads, long failures, long evictions, long size,
		Map<String, Long> sizeByKind) {

	public double hitRate() {
		long lookups = hits + misses;
		return lookups == 0 ? 1.0 : (double) hits / lookups;
	}
}
