package io.kube9.core.internal.changes;

import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import io.kube9.core.changes.EditableObject;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.errors.Errors;
import io.kube9.core.internal.source.FetchedObject;
import io.kube9.core.internal.source.Json;
import io.kube9.core.resources.ResourceRef;

/**
 * What an apply sends and what the user sees of an object: the fields the server keeps for itself (and status,
 * which belongs to controllers) are left out of both, so an apply never claims them.
 */
final class ApplyBodies {

	/** Metadata the server sets; resourceVersion comes back separately, as the apply's precondition. */
	private static final List<String> SERVER_METADATA = List.of("resourceVersion", "uid", "creationTimestamp", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"generation", "managedFields", "selfLink", "deletionTimestamp", "deletionGracePeriodSeconds"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	private static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration"; //$NON-NLS-1$

	private ApplyBodies() {
	}

	/**
	 * The edited text as the apply's body: parsed (a syntax error names its line and column), still the object
	 * that was opened, masked secret values put back from the object as read.
	 */
	static JsonObject fromEdit(EditableObject opened, String text) throws KubeException {
		ResourceRef ref = opened.ref();
		JsonObject edited = ObjectYaml.parseOne(text, ref.context());
		JsonObject metadata = Json.object(edited, "metadata"); //$NON-NLS-1$
		if (metadata != null && ref.kind().namespaced() && !metadata.has("namespace")) { //$NON-NLS-1$
			metadata.addProperty("namespace", ref.namespace()); //$NON-NLS-1$
		}
		requireFields(edited, ref.context());
		String names = describe(edited);
		String expected = ref.kind().kind() + " " + (ref.namespace() == null ? "" : ref.namespace() + "/") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ ref.name();
		if (!names.equals(expected) || !group(Json.text(edited, "apiVersion")).equals(ref.kind().group())) { //$NON-NLS-1$
			throw Errors.of(ErrorKind.INVALID, ref.context(), NLS.bind(ChangeMessages.apply_otherObject, names, expected));
		}
		if (opened.asRead() != null && !opened.secretValuesShown()) {
			restoreMasked(edited, com.google.gson.JsonParser.parseString(opened.asRead()).getAsJsonObject());
		}
		return withoutServerFields(edited);
	}

	/** apiVersion, kind and metadata.name are there. */
	static void requireFields(JsonObject object, String context) throws KubeException {
		for (String path : List.of("apiVersion", "kind", "metadata.name")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			if (Json.text(object, path).isEmpty()) {
				throw Errors.of(ErrorKind.INVALID, context, NLS.bind(ChangeMessages.apply_missingField, path));
			}
		}
	}

	/** "Kind namespace/name", or "Kind name" for cluster-scoped objects. */
	static String describe(JsonObject object) {
		String namespace = Json.text(object, "metadata.namespace"); //$NON-NLS-1$
		return Json.text(object, "kind") + " " + (namespace.isEmpty() ? "" : namespace + "/") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ Json.text(object, "metadata.name"); //$NON-NLS-1$
	}

	static String group(String apiVersion) {
		int slash = apiVersion.indexOf('/');
		return slash < 0 ? "" : apiVersion.substring(0, slash); //$NON-NLS-1$
	}

	static JsonObject withoutServerFields(JsonObject object) {
		JsonObject copy = object.deepCopy();
		copy.remove("status"); //$NON-NLS-1$
		JsonObject metadata = Json.object(copy, "metadata"); //$NON-NLS-1$
		if (metadata != null) {
			SERVER_METADATA.forEach(metadata::remove);
		}
		return copy;
	}

	/** The object for showing and editing: no managedFields, no status; a Secret's values masked unless revealed. */
	static String display(ResourceRef ref, JsonObject object, boolean revealSecretValues) {
		JsonObject shown = object.deepCopy();
		shown.remove("status"); //$NON-NLS-1$
		return new FetchedObject(ref, shown).yaml(revealSecretValues);
	}

	/** Whether two versions of an object differ only in what the server keeps (versions, managers, status). */
	static boolean sameContent(JsonObject live, JsonObject result) {
		return live != null && withoutServerFields(live).equals(withoutServerFields(result));
	}

	static EditableObject editable(ResourceRef ref, JsonObject object, boolean revealSecretValues) {
		return new EditableObject(ref, display(ref, object, revealSecretValues), revealSecretValues,
				object.toString());
	}

	/** Values the user saw masked and left so are the values as read. */
	private static void restoreMasked(JsonObject edited, JsonObject asRead) {
		for (String member : List.of("data", "stringData")) { //$NON-NLS-1$ //$NON-NLS-2$
			JsonObject values = Json.object(edited, member);
			JsonObject original = Json.object(asRead, member);
			if (values == null || original == null) {
				continue;
			}
			for (Map.Entry<String, JsonElement> entry : values.entrySet()) {
				if (isMask(entry.getValue()) && original.has(entry.getKey())) {
					entry.setValue(original.get(entry.getKey()));
				}
			}
		}
		JsonObject annotations = Json.object(edited, "metadata.annotations"); //$NON-NLS-1$
		JsonObject originalAnnotations = Json.object(asRead, "metadata.annotations"); //$NON-NLS-1$
		if (annotations != null && originalAnnotations != null && isMask(annotations.get(LAST_APPLIED))
				&& originalAnnotations.has(LAST_APPLIED)) {
			annotations.add(LAST_APPLIED, originalAnnotations.get(LAST_APPLIED));
		}
	}

	private static boolean isMask(JsonElement value) {
		return value instanceof JsonPrimitive primitive && FetchedObject.MASK.equals(primitive.getAsString());
	}
}
