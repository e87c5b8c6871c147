package io.kube9.core.resources;

/** Nodes, namespaces and pods of one context, fetched at once. */
public record Overview(ResourcePage nodes, ResourcePage namespaces, ResourcePage pods) {
}
