package io.kube9.tests.cluster;

/**
 * One object a seed created.
 *
 * @param kind      the Kubernetes kind, e.g. "Deployment", "ConfigMap", "Application"
 * @param namespace null for cluster-scoped kinds
 * @param name      the object's name
 */
public record SeededObject(String kind, String namespace, String name) {

	/** namespace/name, or the name alone for cluster-scoped objects (how kubectl prints them). */
	public String key() {
		return namespace == null ? name : namespace + "/" + name;
	}
}
