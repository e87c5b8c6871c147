package io.kube9.core.internal.changes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import io.kube9.core.changes.ChangeService;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.errors.Errors;
import io.kube9.core.internal.source.CancellationSignal;
import io.kube9.core.internal.source.Json;
import io.kube9.core.internal.source.KubectlSource;
import io.kube9.core.resources.ResourceRef;

/**
 * Changes through kubectl when it is the backend, one process each, sent once: {@code kubectl apply
 * --server-side --field-manager=kube9 [--dry-run=server] [--force-conflicts]}, {@code kubectl delete},
 * {@code kubectl scale}, {@code kubectl rollout restart}, {@code kubectl cordon|uncordon}; reads by
 * {@code kubectl get --raw}. The comparison, conflict and concurrency rules are the API client's
 * ({@link ServerSideApply}), fed with what kubectl answered.
 */
final class KubectlChanges implements Reads, ServerSideApply.Requests {

	/**
	 * kubectl's words for a field conflict: {@code conflict with "kubectl-scale" with subresource "scale" using
	 * apps/v1: .spec.replicas}.
	 */
	private static final Pattern CONFLICT = Pattern.compile("conflict with \"([^\"]*)\"[^:\n]*: (\\S+)"); //$NON-NLS-1$

	private final KubectlSource kubectl;

	KubectlChanges(KubectlSource kubectl) {
		this.kubectl = kubectl;
	}

	@Override
	public JsonObject find(String context, String path) throws KubeException {
		try {
			return kubectl.get(context, path, null, CancellationSignal.none());
		} catch (KubeException e) {
			if (e.kind() == ErrorKind.NOT_FOUND) {
				return null;
			}
			throw e;
		}
	}

	@Override
	public JsonObject find(ResourceRef ref) throws KubeException {
		return find(ref.context(), ServerSideApply.path(ref));
	}

	@Override
	public ApiCalls.Reply apply(ResourceRef ref, JsonObject body, boolean dryRun, boolean force) throws KubeException {
		Path file;
		try {
			file = Files.createTempFile("kube9-apply-", ".json"); //$NON-NLS-1$ //$NON-NLS-2$
			Files.writeString(file, body.toString(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw Errors.of(ErrorKind.KUBECTL, ref.context(), e.getMessage(), e);
		}
		try {
			List<String> arguments = new ArrayList<>(List.of("apply", "--server-side", //$NON-NLS-1$ //$NON-NLS-2$
					"--field-manager=" + ChangeService.FIELD_MANAGER, "-o", "json", "-f", file.toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			if (dryRun) {
				arguments.add("--dry-run=server"); //$NON-NLS-1$
			}
			if (force) {
				arguments.add("--force-conflicts"); //$NON-NLS-1$
			}
			byte[] output = kubectl.run(ref.context(), arguments, null, CancellationSignal.none());
			return new ApiCalls.Reply(200, new String(output, StandardCharsets.UTF_8));
		} catch (KubeException e) {
			if (e.kind() == ErrorKind.CONFLICT) {
				return new ApiCalls.Reply(409, conflictStatus(e.detail()).toString());
			}
			throw e;
		} finally {
			try {
				Files.deleteIfExists(file);
			} catch (IOException e) {
				// A temporary file left behind; the system's temporary folder is cleaned eventually.
			}
		}
	}

	void delete(ResourceRef ref) throws KubeException {
		run(ref, "delete", ref.kind().id(), ref.name(), "--wait=false"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	void scale(ResourceRef ref, int replicas) throws KubeException {
		run(ref, "scale", ref.kind().id() + "/" + ref.name(), "--replicas=" + replicas); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	void restart(ResourceRef ref) throws KubeException {
		run(ref, "rollout", "restart", ref.kind().id() + "/" + ref.name()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	void setUnschedulable(ResourceRef node, boolean unschedulable) throws KubeException {
		run(node, unschedulable ? "cordon" : "uncordon", node.name()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void run(ResourceRef ref, String... arguments) throws KubeException {
		List<String> command = new ArrayList<>(List.of(arguments));
		if (ref.kind().namespaced() && ref.namespace() != null) {
			command.addAll(List.of("-n", ref.namespace())); //$NON-NLS-1$
		}
		try {
			kubectl.run(ref.context(), command, null, CancellationSignal.none());
		} catch (KubeException e) {
			if (e.kind() == ErrorKind.TIMEOUT || e.kind() == ErrorKind.REFUSED || e.kind() == ErrorKind.KUBECTL) {
				// Sent once: whether it reached the server is not known.
				throw new KubeException(e.kind(), e.context(), e.getMessage(), e.action(),
						org.eclipse.osgi.util.NLS.bind(ChangeMessages.apply_outcomeUnknown, e.detail()), e.getCause());
			}
			throw e;
		}
	}

	/** kubectl's conflict message as the Status the API server sends, so the conflicts read the same. */
	private static JsonObject conflictStatus(String stderr) {
		JsonArray causes = new JsonArray();
		Matcher matcher = CONFLICT.matcher(stderr == null ? "" : stderr); //$NON-NLS-1$
		while (matcher.find()) {
			JsonObject cause = new JsonObject();
			cause.addProperty("reason", "FieldManagerConflict"); //$NON-NLS-1$ //$NON-NLS-2$
			cause.addProperty("field", matcher.group(2)); //$NON-NLS-1$
			cause.addProperty("message", "conflict with \"" + matcher.group(1) + "\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			causes.add(cause);
		}
		JsonObject details = new JsonObject();
		details.add("causes", causes); //$NON-NLS-1$
		JsonObject status = new JsonObject();
		status.addProperty("kind", "Status"); //$NON-NLS-1$ //$NON-NLS-2$
		status.addProperty("message", stderr); //$NON-NLS-1$
		status.add("details", details); //$NON-NLS-1$
		return status;
	}

	static int replicasOf(JsonObject scale) {
		return (int) Json.number(scale, "spec.replicas", 0); //$NON-NLS-1$
	}
}
