package io.kube9.core.internal.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import io.kube9.core.internal.changes.ObjectYaml;
import io.kube9.core.resources.ResourceObject;
import io.kube9.core.resources.ResourceRef;

/**
 * A whole object fetched for viewing. managedFields are dropped (kubectl hides them too); a Secret's values, and
 * the last-applied annotation that repeats them, are masked unless revealed (as stored, or decoded for reading).
 */
public final class FetchedObject implements ResourceObject {

	public static final String MASK = "*****";
	private static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

	private final ResourceRef ref;
	private final JsonObject object;

	public FetchedObject(ResourceRef ref, JsonObject object) {
		this.ref = ref;
		this.object = object.deepCopy();
		JsonObject metadata = Json.object(this.object, "metadata");
		if (metadata != null) {
			metadata.remove("managedFields");
		}
	}

	@Override
	public ResourceRef ref() {
		return ref;
	}

	@Override
	public String yaml(boolean revealSecretValues) {
		return dump(revealSecretValues ? object : masked());
	}

	private static String dump(JsonObject shown) {
		return ObjectYaml.dump(shown);
	}

	@Override
	public String yamlWithDecodedSecretValues() {
		if (!isSecret()) {
			return yaml(false);
		}
		JsonObject decoded = object.deepCopy();
		List<String> binary = new ArrayList<>();
		JsonObject data = Json.object(decoded, "data");
		if (data != null) {
			for (Map.Entry<String, JsonElement> entry : data.entrySet()) {
				String text = SecretValues.text(entry.getValue());
				if (text == null) {
					binary.add(entry.getKey());
				} else {
					entry.setValue(new JsonPrimitive(text));
				}
			}
		}
		return SecretValues.header(binary) + dump(decoded);
	}

	@Override
	@SuppressWarnings("unchecked")
	public Map<String, Object> asMap() {
		return (Map<String, Object>) ObjectYaml.toJava(masked());
	}

	private boolean isSecret() {
		return "Secret".equals(Json.text(object, "kind")) || "secrets".equals(ref.kind().plural());
	}

	private JsonObject masked() {
		if (!isSecret()) {
			return object;
		}
		JsonObject copy = object.deepCopy();
		for (String member : List.of("data", "stringData")) {
			JsonObject values = Json.object(copy, member);
			if (values != null) {
				values.entrySet().forEach(entry -> entry.setValue(new JsonPrimitive(MASK)));
			}
		}
		JsonObject annotations = Json.object(copy, "metadata.annotations");
		if (annotations != null && annotations.has(LAST_APPLIED)) {
			annotations.add(LAST_APPLIED, new JsonPrimitive(MASK));
		}
		return copy;
	}
}
