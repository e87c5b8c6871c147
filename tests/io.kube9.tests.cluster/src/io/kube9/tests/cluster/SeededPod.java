package io.kube9.tests.cluster;

/**
 * One pod of a seed: where the cluster has it, and the state the seed gives it.
 *
 * @param namespace     its namespace
 * @param name          its name (for a controller's pod, the controller chose it)
 * @param phase         status.phase: Running, Pending or Succeeded
 * @param ready         whether its Ready condition is True (the crash-looping pod's is False while it backs
 *                      off, most of the time)
 * @param waitingReason the reason its container waits (CrashLoopBackOff, between the crash-looping pod's
 *                      restarts), or null
 * @param restarts      the container's restartCount, at least (the crash-looping pod's counts up)
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
