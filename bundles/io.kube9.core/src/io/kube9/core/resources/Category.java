package io.kube9.core.resources;

/** Where a kind appears under a cluster in the tree. */
public enum Category {
	NODES, NAMESPACES, WORKLOADS, NETWORKING, STORAGE, CONFIGURATION, ARGOCD, CUSTOM_RESOURCES,
	/** Kinds core can list that have no category of their own (events, replica sets, CRDs). */
	NONE;
}
