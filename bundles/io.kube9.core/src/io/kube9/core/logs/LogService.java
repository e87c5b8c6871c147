package io.kube9.core.logs;

import java.util.List;

import io.kube9.core.errors.KubeException;
import io.kube9.core.resources.ResourceRef;

/**
 * Container logs through the chosen backend: the API client's streaming log call, or {@code kubectl logs}.
 */
public interface LogService {

	/**
	 * The containers whose logs a pod or a workload (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job) shows:
	 * a pod's containers (init and ephemeral included), a workload's pods' containers. Blocks on I/O.
	 */
	List<LogTarget> targets(ResourceRef ref) throws KubeException;

	/** Starts streaming in a thread of its own; returns at once. Failures reach the listener as notices. */
	LogSession open(LogRequest request, LogListener listener);
}
