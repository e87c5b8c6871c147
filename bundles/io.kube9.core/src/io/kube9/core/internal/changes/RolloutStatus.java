package io.kube9.core.internal.changes;

import org.eclipse.osgi.util.NLS;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import io.kube9.core.internal.source.Json;
import io.kube9.core.resources.ResourceKinds;

/**
 * Where a workload's rollout is, read from its status as kubectl's rollout status reads it: complete once the
 * controller saw the latest generation and every replica is updated and available; failed when a Deployment's
 * progress deadline passed.
 *
 * @param complete whether it is done
 * @param failed   why it failed, or null
 * @param progress what it is at, in words for the user
 */
record RolloutStatus(boolean complete, String failed, String progress) {

	static RolloutStatus of(String kindId, JsonObject object) {
		long generation = Json.number(object, "metadata.generation", 0); //$NON-NLS-1$
		boolean observed = Json.number(object, "status.observedGeneration", -1) >= generation; //$NON-NLS-1$
		long desired;
		long updated;
		long available;
		if (kindId.equals(ResourceKinds.DAEMONSETS.id())) {
			desired = Json.number(object, "status.desiredNumberScheduled", 0); //$NON-NLS-1$
			updated = Json.number(object, "status.updatedNumberScheduled", 0); //$NON-NLS-1$
			available = Json.number(object, "status.numberAvailable", 0); //$NON-NLS-1$
		} else {
			desired = Json.number(object, "spec.replicas", 1); //$NON-NLS-1$
			updated = Json.number(object, "status.updatedReplicas", 0); //$NON-NLS-1$
			available = Json.number(object, kindId.equals(ResourceKinds.STATEFULSETS.id()) ? "status.readyReplicas" //$NON-NLS-1$
					: "status.availableReplicas", 0); //$NON-NLS-1$
		}
		long total = Json.number(object, "status.replicas", 0); //$NON-NLS-1$
		String progress = NLS.bind(ChangeMessages.rollout_waiting, new Object[] { updated, desired, available });
		String failed = deadlineExceeded(object);
		if (failed != null) {
			return new RolloutStatus(false, failed, progress);
		}
		boolean oldReplicasGone = kindId.equals(ResourceKinds.DAEMONSETS.id()) || total <= updated;
		boolean statefulSetSettled = !kindId.equals(ResourceKinds.STATEFULSETS.id())
				|| Json.text(object, "status.currentRevision").equals(Json.text(object, "status.updateRevision")); //$NON-NLS-1$ //$NON-NLS-2$
		boolean complete = observed && updated >= desired && available >= desired && oldReplicasGone
				&& statefulSetSettled;
		return new RolloutStatus(complete, null, progress);
	}

	private static String deadlineExceeded(JsonObject object) {
		for (JsonElement condition : Json.array(object, "status.conditions")) { //$NON-NLS-1$
			JsonObject c = condition.getAsJsonObject();
			if ("Progressing".equals(Json.text(c, "type")) && "ProgressDeadlineExceeded".equals(Json.text(c, "reason"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				return Json.text(c, "message"); //$NON-NLS-1$
			}
		}
		return null;
	}
}
