package io.kube9.core.internal.changes;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.eclipse.osgi.util.NLS;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.errors.Errors;
import io.kube9.core.internal.source.Json;
import io.kube9.core.resources.ResourceKind;
import io.kube9.core.resources.ResourceKinds;

/**
 * The resource an apiVersion and kind name: the kinds core knows, else the cluster's discovery document of that
 * group version (so custom resources work), read once per context and group version.
 */
final class KindResolver {

	private final Reads calls;
	private final ConcurrentMap<String, JsonObject> discovery = new ConcurrentHashMap<>();

	KindResolver(Reads calls) {
		this.calls = calls;
	}

	ResourceKind resolve(String context, String apiVersion, String kind) throws KubeException {
		String group = ApplyBodies.group(apiVersion);
		String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
		for (ResourceKind known : ResourceKinds.all()) {
			if (known.group().equals(group) && known.version().equals(version) && known.kind().equals(kind)) {
				return known;
			}
		}
		ResourceKind found = find(discovery(context, apiVersion, group, kind), group, version, kind);
		if (found == null) {
			// A definition created since the document was read: read it once more.
			discovery.remove(context + "\u0000" + apiVersion); //$NON-NLS-1$
			found = find(discovery(context, apiVersion, group, kind), group, version, kind);
		}
		if (found == null) {
			throw unknown(context, apiVersion, kind);
		}
		return found;
	}

	private static ResourceKind find(JsonObject resources, String group, String version, String kind) {
		for (JsonElement resource : Json.array(resources, "resources")) { //$NON-NLS-1$
			JsonObject r = resource.getAsJsonObject();
			String plural = Json.text(r, "name"); //$NON-NLS-1$
			if (kind.equals(Json.text(r, "kind")) && !plural.contains("/")) { //$NON-NLS-1$ //$NON-NLS-2$
				return ResourceKinds.custom(group, version, plural, kind, Json.bool(r, "namespaced")); //$NON-NLS-1$
			}
		}
		return null;
	}

	void forget(String context) {
		discovery.keySet().removeIf(key -> key.startsWith(context + "\u0000")); //$NON-NLS-1$
	}

	private JsonObject discovery(String context, String apiVersion, String group, String kind)
			throws KubeException {
		String key = context + "\u0000" + apiVersion; //$NON-NLS-1$
		JsonObject known = discovery.get(key);
		if (known != null) {
			return known;
		}
		JsonObject document = calls.find(context, group.isEmpty() ? "/api/" + apiVersion : "/apis/" + apiVersion); //$NON-NLS-1$ //$NON-NLS-2$
		if (document == null) {
			throw unknown(context, apiVersion, kind);
		}
		discovery.put(key, document);
		return document;
	}

	private static KubeException unknown(String context, String apiVersion, String kind) {
		return Errors.of(ErrorKind.INVALID, context, NLS.bind(ChangeMessages.apply_unknownKind, kind, apiVersion));
	}
}
