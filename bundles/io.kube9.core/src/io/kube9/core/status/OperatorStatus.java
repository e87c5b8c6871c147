package io.kube9.core.status;

/**
 * What the kube9 operator reports about itself.
 *
 * @param mode    basic (no operator), operated, degraded, or unknown (could not be read)
 * @param version the operator's version when it reports one
 * @param reason  why it is degraded or unknown; empty otherwise
 */
public record OperatorStatus(Mode mode, String version, String reason) {

	public enum Mode {
		/** No operator status ConfigMap: the cluster runs without the operator. */
		BASIC,
		/** Healthy and updated within the last five minutes. */
		OPERATED,
		/** Unhealthy, degraded, stale or unreadable. */
		DEGRADED,
		/** The status could not be read (no permission, no connection). */
		UNKNOWN;
	}

	public static OperatorStatus basic() {
		return new OperatorStatus(Mode.BASIC, "", "");
	}
}
