package io.kube9.core.internal.changes;

import com.google.gson.JsonObject;

import io.kube9.core.errors.KubeException;

/** How a backend reads one API path: the parsed document, or null for a 404. */
@FunctionalInterface
interface Reads {
	JsonObject find(String context, String path) throws KubeException;

	/** The document; a 404 is a classified failure. */
	default JsonObject get(String context, String path) throws KubeException {
		JsonObject found = find(context, path);
		if (found == null) {
			throw io.kube9.core.internal.errors.Errors.of(io.kube9.core.errors.ErrorKind.NOT_FOUND, context, path);
		}
		return found;
	}
}
