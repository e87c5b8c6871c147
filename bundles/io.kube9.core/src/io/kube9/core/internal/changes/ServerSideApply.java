package io.kube9.core.internal.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.kube9.core.changes.ApplyPreview;
import io.kube9.core.changes.ChangeService;
import io.kube9.core.changes.EditableObject;
import io.kube9.core.changes.FieldConflict;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.errors.Errors;
import io.kube9.core.internal.source.Json;
import io.kube9.core.resources.ResourceRef;
import io.kubernetes.client.openapi.Pair;

/**
 * Server-side apply through the API client: a dry run against the object as it is now (forced too when other
 * managers own fields, so the user sees what forcing would do), then the apply only if the object's content is
 * still what was compared, with its current resourceVersion as precondition: a change made in between is never
 * overwritten. Content means everything but status and what the server keeps for itself.
 */
final class ServerSideApply {

	private static final Pattern MANAGER = Pattern.compile("conflict with \"([^\"]*)\""); //$NON-NLS-1$

	/** Attempts when the object was written between the read and the request (a refused precondition). */
	private static final int ATTEMPTS = 5;

	/** How a backend reads an object and sends an apply (or its dry run). */
	interface Requests {
		/** The object, or null when there is none. */
		JsonObject find(ResourceRef ref) throws KubeException;

		/** The apply's answer: 2xx with the object, 409 with a Status naming conflicts, or another failure. */
		ApiCalls.Reply apply(ResourceRef ref, JsonObject body, boolean dryRun, boolean force) throws KubeException;
	}

	private final Requests calls;

	ServerSideApply(Requests calls) {
		this.calls = calls;
	}

	/** Through the API client: a PATCH of type apply. */
	static Requests through(ApiCalls api) {
		return new Requests() {
			@Override
			public JsonObject find(ResourceRef ref) throws KubeException {
				return api.find(ref.context(), path(ref));
			}

			@Override
			public ApiCalls.Reply apply(ResourceRef ref, JsonObject body, boolean dryRun, boolean force)
					throws KubeException {
				List<Pair> query = new ArrayList<>();
				query.add(new Pair("fieldManager", ChangeService.FIELD_MANAGER)); //$NON-NLS-1$
				if (force) {
					query.add(new Pair("force", "true")); //$NON-NLS-1$ //$NON-NLS-2$
				}
				if (dryRun) {
					query.add(new Pair("dryRun", "All")); //$NON-NLS-1$ //$NON-NLS-2$
				}
				return api.mutate(ref.context(), "PATCH", path(ref), query, ApiCalls.APPLY, body.toString()); //$NON-NLS-1$
			}
		};
	}

	/**
	 * @param asRead the object as the user's text was read, JSON; null when the text did not come from the server
	 *               (a workspace file)
	 */
	ApplyPreview preview(ResourceRef ref, JsonObject body, String asRead, boolean revealSecretValues)
			throws KubeException {
		for (int attempt = 1;; attempt++) {
			JsonObject live = calls.find(ref);
			String liveVersion = live == null ? null : Json.text(live, "metadata.resourceVersion"); //$NON-NLS-1$
			// A new resourceVersion alone is no change: controllers write status all the time.
			boolean changedOnServer = asRead != null && (live == null
					|| !ApplyBodies.sameContent(JsonParser.parseString(asRead).getAsJsonObject(), live));
			JsonObject sent = withPrecondition(body, liveVersion);
			ApiCalls.Reply reply = patch(ref, sent, true, false);
			List<FieldConflict> conflicts = reply.code() == 409 ? conflicts(reply.body()) : List.of();
			if (!conflicts.isEmpty()) {
				reply = patch(ref, sent, true, true);
			}
			if (reply.code() == 409 && conflicts(reply.body()).isEmpty()) {
				// Written between the read and the dry run (a controller's status, say): a dry run may be asked again.
				if (attempt < ATTEMPTS) {
					continue;
				}
				throw Errors.of(ErrorKind.CONFLICT, ref.context(), ChangeMessages.apply_changedSincePreview);
			}
			if (!reply.ok()) {
				throw ApiCalls.failure(reply, ref.context());
			}
			JsonObject result = reply.json();
			return new ApplyPreview(ref, live == null ? null : ApplyBodies.display(ref, live, revealSecretValues),
					ApplyBodies.display(ref, result, revealSecretValues), ApplyBodies.sameContent(live, result),
					conflicts, changedOnServer, liveVersion, body.toString(), live == null ? null : live.toString());
		}
	}

	/**
	 * The apply, provided the object's content is still what the preview compared against; its resourceVersion
	 * just read is the precondition, so a change in between is refused too. It is sent again only after the server
	 * refused that precondition (nothing was changed) and the content is still the same.
	 */
	EditableObject apply(ApplyPreview preview, boolean force, boolean revealSecretValues) throws KubeException {
		ResourceRef ref = preview.ref();
		if (!preview.conflicts().isEmpty() && !force) {
			throw Errors.of(ErrorKind.CONFLICT, ref.context(), NLS.bind(ChangeMessages.apply_conflicts,
					describe(preview.conflicts())));
		}
		JsonObject compared = preview.liveJson() == null ? null : JsonParser.parseString(preview.liveJson()).getAsJsonObject();
		for (int attempt = 1;; attempt++) {
			JsonObject live = calls.find(ref);
			boolean same = compared == null ? live == null : ApplyBodies.sameContent(compared, live);
			if (!same) {
				throw Errors.of(ErrorKind.CONFLICT, ref.context(), ChangeMessages.apply_changedSincePreview);
			}
			JsonObject body = withPrecondition(JsonParser.parseString(preview.body()).getAsJsonObject(),
					live == null ? null : Json.text(live, "metadata.resourceVersion")); //$NON-NLS-1$
			ApiCalls.Reply reply = patch(ref, body, false, force);
			if (reply.code() == 409) {
				List<FieldConflict> conflicts = conflicts(reply.body());
				if (conflicts.isEmpty() && attempt < ATTEMPTS) {
					// The precondition refused it, so nothing changed: the object was written in between. If that
					// was only its status (a controller's), the same apply goes again against the new version.
					continue;
				}
				throw Errors.of(ErrorKind.CONFLICT, ref.context(), conflicts.isEmpty()
						? ChangeMessages.apply_changedSincePreview
						: NLS.bind(ChangeMessages.apply_conflicts, describe(conflicts)));
			}
			if (!reply.ok()) {
				throw ApiCalls.failure(reply, ref.context());
			}
			return ApplyBodies.editable(ref, reply.json(), revealSecretValues);
		}
	}

	static String path(ResourceRef ref) {
		return ref.kind().objectPath(ref.namespace(), ref.name());
	}

	private ApiCalls.Reply patch(ResourceRef ref, JsonObject body, boolean dryRun, boolean force)
			throws KubeException {
		return calls.apply(ref, body, dryRun, force);
	}

	private static JsonObject withPrecondition(JsonObject body, String resourceVersion) {
		JsonObject sent = body.deepCopy();
		JsonObject metadata = Json.object(sent, "metadata"); //$NON-NLS-1$
		if (metadata != null && resourceVersion != null && !resourceVersion.isEmpty()) {
			metadata.addProperty("resourceVersion", resourceVersion); //$NON-NLS-1$
		}
		return sent;
	}

	/** The field conflicts a 409 Status lists; none when the 409 is about the resourceVersion. */
	static List<FieldConflict> conflicts(String statusBody) {
		List<FieldConflict> conflicts = new ArrayList<>();
		try {
			JsonObject status = JsonParser.parseString(statusBody).getAsJsonObject();
			for (JsonElement cause : Json.array(status, "details.causes")) { //$NON-NLS-1$
				if (!cause.isJsonObject()
						|| !"FieldManagerConflict".equals(Json.text(cause.getAsJsonObject(), "reason"))) { //$NON-NLS-1$ //$NON-NLS-2$
					continue;
				}
				String message = Json.text(cause.getAsJsonObject(), "message"); //$NON-NLS-1$
				Matcher manager = MANAGER.matcher(message);
				conflicts.add(new FieldConflict(Json.text(cause.getAsJsonObject(), "field"), //$NON-NLS-1$
						manager.find() ? manager.group(1) : "", message)); //$NON-NLS-1$
			}
		} catch (RuntimeException notAStatus) {
			// No Status document: no field conflicts to name.
		}
		return conflicts;
	}

	static String describe(List<FieldConflict> conflicts) {
		return String.join(", ", conflicts.stream() //$NON-NLS-1$
				.map(conflict -> conflict.field() + (conflict.manager().isEmpty() ? "" : " (" + conflict.manager() + ")")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.toList());
	}
}
