package io.kube9.core.performance;

import java.time.Duration;

/**
 * The requests of one kind through one backend, since start or the last reset.
 *
 * @param kind     the kind id listed ("pods"), or what was read by a GET ("version", "pods (get)")
 * @param backend  "api-client" or "kubectl"
 * @param count    requests made
 * @param errors   requests that failed
 * @param p50      median latency of the most recent requests (failed ones included)
 * @param p95      95th percentile latency of the most recent requests
 */
public record RequestStatistics(String kind, String backend, long count, long errors, Duration p50, Duration p95) {
}
