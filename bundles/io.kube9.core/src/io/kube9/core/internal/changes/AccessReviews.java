package io.kube9.core.internal.changes;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;

import com.google.gson.JsonObject;

import io.kube9.core.changes.Access;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.source.Json;
import io.kube9.core.resources.ResourceKind;

/**
 * SelfSubjectAccessReviews, asked once and remembered per context, verb, resource and namespace (RBAC rarely
 * changes while an IDE runs); the engine makes it forget a context whose kubeconfig entry changed (another user,
 * other credentials). Looking up what is known touches nothing but memory. Any authenticated user may ask.
 */
final class AccessReviews {

	private static final String PATH = "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews"; //$NON-NLS-1$

	private record Key(String context, String verb, String group, String resource, String subresource,
			String namespace) {
	}

	private final ApiCalls calls;
	private final Function<String, String> userOf;
	private final ConcurrentMap<Key, Access> known = new ConcurrentHashMap<>();

	/** @param userOf the kubeconfig user a context names now */
	AccessReviews(ApiCalls calls, Function<String, String> userOf) {
		this.calls = calls;
		this.userOf = userOf;
	}

	Access access(String context, String verb, ResourceKind kind, String subresource, String namespace)
			throws KubeException {
		Key key = key(context, verb, kind, subresource, namespace);
		Access access = known.get(key);
		if (access == null) {
			access = ask(key);
			known.put(key, access);
		}
		return access;
	}

	Optional<Access> known(String context, String verb, ResourceKind kind, String subresource, String namespace) {
		return Optional.ofNullable(known.get(key(context, verb, kind, subresource, namespace)));
	}

	void forget(String context) {
		known.keySet().removeIf(key -> key.context().equals(context));
	}

	private Key key(String context, String verb, ResourceKind kind, String subresource, String namespace) {
		return new Key(context, verb, kind.group(), kind.plural(),
				subresource == null ? "" : subresource, kind.namespaced() && namespace != null ? namespace : ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private Access ask(Key key) throws KubeException {
		JsonObject attributes = new JsonObject();
		attributes.addProperty("verb", key.verb()); //$NON-NLS-1$
		attributes.addProperty("group", key.group()); //$NON-NLS-1$
		attributes.addProperty("resource", key.resource()); //$NON-NLS-1$
		if (!key.subresource().isEmpty()) {
			attributes.addProperty("subresource", key.subresource()); //$NON-NLS-1$
		}
		if (!key.namespace().isEmpty()) {
			attributes.addProperty("namespace", key.namespace()); //$NON-NLS-1$
		}
		JsonObject spec = new JsonObject();
		spec.add("resourceAttributes", attributes); //$NON-NLS-1$
		JsonObject review = new JsonObject();
		review.addProperty("apiVersion", "authorization.k8s.io/v1"); //$NON-NLS-1$ //$NON-NLS-2$
		review.addProperty("kind", "SelfSubjectAccessReview"); //$NON-NLS-1$ //$NON-NLS-2$
		review.add("spec", spec); //$NON-NLS-1$
		// Asking changes nothing: a create of a review is answered, never stored.
		ApiCalls.Reply reply = calls.mutate(key.context(), "POST", PATH, List.of(), ApiCalls.JSON, review.toString()); //$NON-NLS-1$
		if (!reply.ok()) {
			throw ApiCalls.failure(reply, key.context());
		}
		JsonObject answer = reply.json();
		if (Json.bool(answer, "status.allowed")) { //$NON-NLS-1$
			return Access.ALLOWED;
		}
		String what = key.resource() + (key.subresource().isEmpty() ? "" : "/" + key.subresource()) //$NON-NLS-1$ //$NON-NLS-2$
				+ (key.namespace().isEmpty() ? "" : NLS.bind(ChangeMessages.access_inNamespace, key.namespace())); //$NON-NLS-1$
		String reason = Json.text(answer, "status.reason"); //$NON-NLS-1$
		String user = userOf.apply(key.context());
		user = user == null || user.isEmpty() ? key.context() : user;
		return new Access(false, reason.isEmpty() ? NLS.bind(ChangeMessages.access_denied, new Object[] { user, key.verb(), what })
				: NLS.bind(ChangeMessages.access_deniedBecause, new Object[] { user, key.verb(), what, reason }));
	}
}
