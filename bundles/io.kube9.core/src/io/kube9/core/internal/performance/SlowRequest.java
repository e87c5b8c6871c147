package io.kube9.core.internal.performance;

import java.time.Duration;

/**
 * A request that took longer than the threshold: what the log says about it. Carries no URL, no query and no
 * credential, only names.
 */
public record SlowRequest(String context, String kind, String backend, Duration took, Duration threshold,
		boolean failed) {
}
