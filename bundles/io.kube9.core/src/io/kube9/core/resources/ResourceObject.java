package io.kube9.core.resources;

import java.util.Map;

/**
 * One whole object as the server returned it, minus managedFields. Secret values are replaced by a mask unless
 * the caller asks to reveal them.
 */
public interface ResourceObject {

	ResourceRef ref();

	/** The object as YAML. */
	String yaml(boolean revealSecretValues);

	/** The object as nested maps, lists and scalars (for the Properties view); secret values masked. */
	Map<String, Object> asMap();
}
