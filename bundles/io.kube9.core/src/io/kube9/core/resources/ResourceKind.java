package io.kube9.core.resources;

import java.time.Duration;

/**
 * A kind of resource core can list: where its API lives, whether it is namespaced, its tree category and how
 * long a listing of it stays fresh in the cache.
 *
 * @param group      API group; empty for the core group
 * @param version    API version
 * @param plural     the resource name in URLs ({@code pods})
 * @param kind       the object kind ({@code Pod})
 * @param namespaced whether objects live in namespaces
 * @param category   its place in the tree
 * @param timeToLive default cache time-to-live of a listing
 */
public record ResourceKind(String group, String version, String plural, String kind, boolean namespaced,
		Category category, Duration timeToLive) {

	/** A stable id: {@code plural} for the core group, else {@code plural.group}, as kubectl names resources. */
	public String id() {
		return group.isEmpty() ? plural : plural + "." + group;
	}

	/** The collection path, in one namespace or across all ({@code namespace} null). */
	public String collectionPath(String namespace) {
		StringBuilder path = new StringBuilder(group.isEmpty() ? "/api/" + version : "/apis/" + group + "/" + version);
		if (namespaced && namespace != null) {
			path.append("/namespaces/").append(namespace);
		}
		return path.append('/').append(plural).toString();
	}

	/** The path of one object. */
	public String objectPath(String namespace, String name) {
		return collectionPath(namespaced ? namespace : null) + "/" + name;
	}

	@Override
	public String toString() {
		return id();
	}
}
