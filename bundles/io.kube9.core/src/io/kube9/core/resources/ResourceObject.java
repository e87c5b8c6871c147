package io.kube9.core.resources;

import java.util.Map;

/**
 * One whole object as the server returned it, minus managedFields. Secret values are replaced by a mask unless
 * the caller asks to reveal them.
 */
public interface ResourceObject {

	ResourceRef ref();

	/** The object as YAML; a Secret's values masked, or as the server stores them (base64) when revealed. */
	String yaml(boolean revealSecretValues);

	/**
	 * The object as YAML with a Secret's values decoded from base64 for reading, after a comment that says so
	 * (and names the values that are not text, which stay base64); any other object as {@link #yaml(boolean)}.
	 */
	String yamlWithDecodedSecretValues();

	/** The object as nested maps, lists and scalars (for the Properties view); secret values masked. */
	Map<String, Object> asMap();
}
