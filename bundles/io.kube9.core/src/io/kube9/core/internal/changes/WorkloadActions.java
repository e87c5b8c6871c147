package io.kube9.core.internal.changes;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import com.google.gson.JsonObject;

import io.kube9.core.changes.ChangeService;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.errors.Errors;
import io.kube9.core.internal.source.Json;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourceRef;
import io.kubernetes.client.openapi.Pair;

/** Delete, scale, rollout restart and cordon through the API client, each request sent once. */
final class WorkloadActions {

	static final Set<String> SCALABLE = Set.of(ResourceKinds.DEPLOYMENTS.id(), ResourceKinds.STATEFULSETS.id(),
			ResourceKinds.REPLICASETS.id());
	static final Set<String> RESTARTABLE = Set.of(ResourceKinds.DEPLOYMENTS.id(), ResourceKinds.STATEFULSETS.id(),
			ResourceKinds.DAEMONSETS.id());

	private final ApiCalls calls;
	private final Clock clock;

	WorkloadActions(ApiCalls calls, Clock clock) {
		this.calls = calls;
		this.clock = clock;
	}

	void delete(ResourceRef ref) throws KubeException {
		JsonObject options = new JsonObject();
		options.addProperty("apiVersion", "v1"); //$NON-NLS-1$ //$NON-NLS-2$
		options.addProperty("kind", "DeleteOptions"); //$NON-NLS-1$ //$NON-NLS-2$
		options.addProperty("propagationPolicy", "Background"); //$NON-NLS-1$ //$NON-NLS-2$
		succeed(ref, calls.mutate(ref.context(), "DELETE", path(ref), List.of(), ApiCalls.JSON, options.toString())); //$NON-NLS-1$
	}

	int replicas(ResourceRef ref) throws KubeException {
		requireScalable(ref);
		return (int) Json.number(calls.get(ref.context(), path(ref) + "/scale"), "spec.replicas", 0); //$NON-NLS-1$ //$NON-NLS-2$
	}

	void scale(ResourceRef ref, int replicas) throws KubeException {
		requireScalable(ref);
		JsonObject spec = new JsonObject();
		spec.addProperty("replicas", replicas); //$NON-NLS-1$
		JsonObject patch = new JsonObject();
		patch.add("spec", spec); //$NON-NLS-1$
		succeed(ref, calls.mutate(ref.context(), "PATCH", path(ref) + "/scale", managed(), ApiCalls.MERGE_PATCH, //$NON-NLS-1$ //$NON-NLS-2$
				patch.toString()));
	}

	static void requireRestartable(ResourceRef ref) throws KubeException {
		if (!RESTARTABLE.contains(ref.kind().id())) {
			throw Errors.of(ErrorKind.INVALID, ref.context(), NLS.bind(ChangeMessages.rollout_notSupported, ref.name()));
		}
	}

	void restart(ResourceRef ref) throws KubeException {
		requireRestartable(ref);
		JsonObject annotations = new JsonObject();
		annotations.addProperty(ChangeService.RESTARTED_AT, Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
		JsonObject metadata = new JsonObject();
		metadata.add("annotations", annotations); //$NON-NLS-1$
		JsonObject template = new JsonObject();
		template.add("metadata", metadata); //$NON-NLS-1$
		JsonObject spec = new JsonObject();
		spec.add("template", template); //$NON-NLS-1$
		JsonObject patch = new JsonObject();
		patch.add("spec", spec); //$NON-NLS-1$
		succeed(ref, calls.mutate(ref.context(), "PATCH", path(ref), managed(), ApiCalls.MERGE_PATCH, patch.toString())); //$NON-NLS-1$
	}

	void setUnschedulable(ResourceRef node, boolean unschedulable) throws KubeException {
		JsonObject spec = new JsonObject();
		// Uncordoned is the field's absence, as kubectl leaves it.
		spec.add("unschedulable", unschedulable ? new com.google.gson.JsonPrimitive(true) : com.google.gson.JsonNull.INSTANCE); //$NON-NLS-1$
		JsonObject patch = new JsonObject();
		patch.add("spec", spec); //$NON-NLS-1$
		succeed(node, calls.mutate(node.context(), "PATCH", path(node), managed(), ApiCalls.MERGE_PATCH, //$NON-NLS-1$
				patch.toString()));
	}

	static void requireScalable(ResourceRef ref) throws KubeException {
		if (!SCALABLE.contains(ref.kind().id())) {
			throw Errors.of(ErrorKind.INVALID, ref.context(), NLS.bind(ChangeMessages.scale_notSupported, ref.name()));
		}
	}

	private static List<Pair> managed() {
		return List.of(new Pair("fieldManager", ChangeService.FIELD_MANAGER)); //$NON-NLS-1$
	}

	private static String path(ResourceRef ref) {
		return ref.kind().objectPath(ref.namespace(), ref.name());
	}

	private static void succeed(ResourceRef ref, ApiCalls.Reply reply) throws KubeException {
		if (!reply.ok()) {
			throw ApiCalls.failure(reply, ref.context());
		}
	}
}
