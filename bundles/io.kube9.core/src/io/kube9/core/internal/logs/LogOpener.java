package io.kube9.core.internal.logs;

import java.time.Instant;

import io.kube9.core.errors.KubeException;
import io.kube9.core.logs.LogRequest;

/** Opens a container's log stream, always with timestamps (they are what resuming relies on). */
@FunctionalInterface
public interface LogOpener {

	/**
	 * @param resumeFrom null for the first connection (the request's tail and since apply), else the time of the
	 *                   last line delivered
	 */
	OpenLog open(LogRequest request, Instant resumeFrom) throws KubeException;
}
