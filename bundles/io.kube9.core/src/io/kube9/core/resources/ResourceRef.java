package io.kube9.core.resources;

/** One object: the context, its kind, namespace (null when cluster-scoped) and name. */
public record ResourceRef(String context, ResourceKind kind, String namespace, String name) {
}
