package io.kube9.core.status;

import io.kube9.core.errors.KubeException;

/**
 * Whether the API server answered GET /version.
 *
 * @param reachable whether it answered
 * @param version   its gitVersion when it answered
 * @param error     the classified failure when it did not
 */
public record Connectivity(boolean reachable, String version, KubeException error) {

	public static Connectivity reachable(String version) {
		return new Connectivity(true, version, null);
	}

	public static Connectivity unreachable(KubeException error) {
		return new Connectivity(false, "", error);
	}
}
