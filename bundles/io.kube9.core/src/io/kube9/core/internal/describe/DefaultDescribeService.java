package io.kube9.core.internal.describe;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import io.kube9.core.describe.DescribeService;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.source.CancellationSignal;
import io.kube9.core.internal.source.DefaultResourceService;
import io.kube9.core.resources.ResourceRef;

/** Fetches the object and the events about it (through the chosen backend) and writes the description. */
public final class DefaultDescribeService implements DescribeService {

	private final DefaultResourceService resources;

	public DefaultDescribeService(DefaultResourceService resources) {
		this.resources = resources;
	}

	@Override
	public String describe(ResourceRef ref) throws KubeException {
		Map<String, Object> object = resources.fetch(ref).asMap();
		JsonObject events = resources.source().get(ref.context(), eventsPath(ref, uid(object)), null,
				CancellationSignal.none());
		JsonElement items = events.get("items"); //$NON-NLS-1$
		List<JsonObject> list = items == null || !items.isJsonArray() ? List.of()
				: items.getAsJsonArray().asList().stream().filter(JsonElement::isJsonObject)
						.map(JsonElement::getAsJsonObject).toList();
		return new DescriptionWriter(ref, object, EventLines.newestFirst(list)).write();
	}

	/**
	 * The events about this very object: by kind and name, and by its uid when it has one, so that a pod recreated
	 * under its name (a StatefulSet's) does not show the events of its earlier life.
	 */
	static String eventsPath(ResourceRef ref, String uid) {
		String selector = "involvedObject.name=" + ref.name() + ",involvedObject.kind=" + ref.kind().kind() //$NON-NLS-1$ //$NON-NLS-2$
				+ (uid.isEmpty() ? "" : ",involvedObject.uid=" + uid); //$NON-NLS-1$ //$NON-NLS-2$
		String scope = ref.namespace() == null ? "" : "/namespaces/" + ref.namespace(); //$NON-NLS-1$ //$NON-NLS-2$
		return "/api/v1" + scope + "/events?fieldSelector=" + URLEncoder.encode(selector, StandardCharsets.UTF_8); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String uid(Map<String, Object> object) {
		return object.get("metadata") instanceof Map<?, ?> metadata && metadata.get("uid") instanceof String uid ? uid //$NON-NLS-1$ //$NON-NLS-2$
				: ""; //$NON-NLS-1$
	}
}
