package io.kube9.tests.cluster;

/**
 * One pod a seed created, with the status the seed gave it.
 *
 * @param namespace     its namespace
 * @param name          its name
 * @param phase         status.phase: Running, Pending or Succeeded
 * @param ready         whether its Ready condition is True
 * @param waitingReason the container's waiting reason (CrashLoopBackOff), or null
 * @param restarts      the container's restartCount
 * @param node          spec.nodeName, or null when unscheduled
 * @param ownerKind     kind of its controller (ReplicaSet, StatefulSet, DaemonSet, Job), or null
 * @param ownerName     name of its controller, or null
 */
public record SeededPod(String namespace, String name, String phase, boolean ready, String waitingReason,
		int restarts, String node, String ownerKind, String ownerName) {

	public String key() {
		return namespace + "/" + name;
	}
}
