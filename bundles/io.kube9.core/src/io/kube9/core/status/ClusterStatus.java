package io.kube9.core.status;

import java.time.Instant;

/**
 * What the checks run on a cluster's first expansion found.
 *
 * @param context      the kubeconfig context
 * @param connectivity whether the API server answers
 * @param operator     the kube9 operator's status (unknown when unreachable)
 * @param argoCd       whether ArgoCD is installed (unknown when unreachable)
 * @param checkedAt    when the checks ran
 */
public record ClusterStatus(String context, Connectivity connectivity, OperatorStatus operator, ArgoCdPresence argoCd,
		Instant checkedAt) {
}
