package io.kube9.core.internal.changes;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import com.google.gson.JsonObject;

import io.kube9.core.changes.DocumentPreview;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.errors.Errors;
import io.kube9.core.internal.source.Json;
import io.kube9.core.resources.ResourceKind;
import io.kube9.core.resources.ResourceRef;

/**
 * The dry runs of every document of a text (a workspace file): each resolved to its resource through discovery,
 * given the default namespace when it is namespaced and names none, and answered on its own, so one bad
 * document does not hide what the others would do.
 */
final class DocumentApply {

	private final KindResolver kinds;
	private final ServerSideApply apply;

	DocumentApply(KindResolver kinds, ServerSideApply apply) {
		this.kinds = kinds;
		this.apply = apply;
	}

	/** @throws KubeException when the text does not parse at all (line and column in the detail) */
	List<DocumentPreview> preview(String context, String text, String defaultNamespace) throws KubeException {
		List<JsonObject> objects = ObjectYaml.parseAll(text, context);
		List<DocumentPreview> previews = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			JsonObject object = objects.get(i);
			try {
				ResourceRef ref = target(context, object, defaultNamespace);
				previews.add(new DocumentPreview(i + 1, ApplyBodies.describe(object),
						apply.preview(ref, ApplyBodies.withoutServerFields(object), null, false), null));
			} catch (KubeException e) {
				previews.add(new DocumentPreview(i + 1, ApplyBodies.describe(object), null, e));
			}
		}
		return previews;
	}

	private ResourceRef target(String context, JsonObject object, String defaultNamespace) throws KubeException {
		ApplyBodies.requireFields(object, context);
		ResourceKind kind = kinds.resolve(context, Json.text(object, "apiVersion"), Json.text(object, "kind")); //$NON-NLS-1$ //$NON-NLS-2$
		JsonObject metadata = Json.object(object, "metadata"); //$NON-NLS-1$
		String name = Json.text(object, "metadata.name"); //$NON-NLS-1$
		if (!kind.namespaced()) {
			metadata.remove("namespace"); //$NON-NLS-1$
			return new ResourceRef(context, kind, null, name);
		}
		String namespace = Json.text(object, "metadata.namespace"); //$NON-NLS-1$
		if (namespace.isEmpty()) {
			if (defaultNamespace == null || defaultNamespace.isEmpty()) {
				throw Errors.of(ErrorKind.INVALID, context,
						NLS.bind(ChangeMessages.apply_namespaceMissing, kind.kind(), name));
			}
			namespace = defaultNamespace;
			metadata.addProperty("namespace", namespace); //$NON-NLS-1$
		}
		return new ResourceRef(context, kind, namespace, name);
	}
}
