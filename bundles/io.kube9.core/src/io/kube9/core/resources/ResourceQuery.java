package io.kube9.core.resources;

import java.util.Objects;

/**
 * One listing: a kind in a context, in one namespace or all, with optional selectors and paging. A value: it is
 * the cache key.
 *
 * @param context       the kubeconfig context
 * @param kind          what to list
 * @param namespace     one namespace, or null for all namespaces (and for cluster-scoped kinds)
 * @param labelSelector a label selector, or empty
 * @param fieldSelector a field selector, or empty
 * @param limit         the page size; 0 lists everything in one response
 * @param continueToken the continue token of the previous page, or empty for the first page
 */
public record ResourceQuery(String context, ResourceKind kind, String namespace, String labelSelector,
		String fieldSelector, int limit, String continueToken) {

	public ResourceQuery {
		Objects.requireNonNull(context);
		Objects.requireNonNull(kind);
		namespace = kind.namespaced() && namespace != null && !namespace.isEmpty() ? namespace : null;
		labelSelector = labelSelector == null ? "" : labelSelector;
		fieldSelector = fieldSelector == null ? "" : fieldSelector;
		continueToken = continueToken == null ? "" : continueToken;
		if (limit < 0) {
			throw new IllegalArgumentException("negative limit");
		}
	}

	/** Everything of a kind in a context, across all namespaces, in one page. */
	public static ResourceQuery of(String context, ResourceKind kind) {
		return new ResourceQuery(context, kind, null, "", "", 0, "");
	}

	public ResourceQuery inNamespace(String value) {
		return new ResourceQuery(context, kind, value, labelSelector, fieldSelector, limit, "");
	}

	public ResourceQuery withLabels(String selector) {
		return new ResourceQuery(context, kind, namespace, selector, fieldSelector, limit, "");
	}

	public ResourceQuery withFields(String selector) {
		return new ResourceQuery(context, kind, namespace, labelSelector, selector, limit, "");
	}

	public ResourceQuery withLimit(int value) {
		return new ResourceQuery(context, kind, namespace, labelSelector, fieldSelector, value, "");
	}

	/** The query for the page after the one that returned {@code token}. */
	public ResourceQuery continuing(String token) {
		return new ResourceQuery(context, kind, namespace, labelSelector, fieldSelector, limit, token);
	}

	public boolean allNamespaces() {
		return kind.namespaced() && namespace == null;
	}

	/** "context/kind/namespace" ("*" for all namespaces, "-" for cluster-scoped): what patterns match. */
	public String path() {
		String scope = !kind.namespaced() ? "-" : namespace == null ? "*" : namespace;
		return context + "/" + kind.id() + "/" + scope;
	}
}
