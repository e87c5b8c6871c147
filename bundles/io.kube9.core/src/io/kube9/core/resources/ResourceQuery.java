package io.kube9.core.resources;

import java.time.Duration;
import java.util.Objects;

/**
 * One listing: a kind in a context, in one namespace or all, with optional selectors and paging. A value: it is
 * the cache key (without its timeout).
 *
 * @param context       the kubeconfig context
 * @param kind          what to list
 * @param namespace     one namespace, or null for all namespaces (and for cluster-scoped kinds)
 * @param labelSelector a label selector, or empty
 * @param fieldSelector a field selector, or empty
 * @param limit         the page size; 0 lists everything in one response
 * @param continueToken the continue token of the previous page, or empty for the first page
 * @param timeout       how long this listing may take, or null for the settings' request timeout; not part of
 *                      what is cached (the same listing with another time limit is the same listing)
 */
public record ResourceQuery(String context, ResourceKind kind, String namespace, String labelSelector,
		String fieldSelector, int limit, String continueToken, Duration timeout) {

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
		if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
			throw new IllegalArgumentException("the timeout must be positive");
		}
	}

	/** Everything of a kind in a context, across all namespaces, in one page. */
	public static ResourceQuery of(String context, ResourceKind kind) {
		return new ResourceQuery(context, kind, null, "", "", 0, "", null);
	}

	public ResourceQuery inNamespace(String value) {
		return new ResourceQuery(context, kind, value, labelSelector, fieldSelector, limit, "", timeout);
	}

	public ResourceQuery withLabels(String selector) {
		return new ResourceQuery(context, kind, namespace, selector, fieldSelector, limit, "", timeout);
	}

	public ResourceQuery withFields(String selector) {
		return new ResourceQuery(context, kind, namespace, labelSelector, selector, limit, "", timeout);
	}

	public ResourceQuery withLimit(int value) {
		return new ResourceQuery(context, kind, namespace, labelSelector, fieldSelector, value, "", timeout);
	}

	/** The query for the page after the one that returned {@code token}. */
	/** This listing with its own time limit; null: the settings' request timeout. */
	public ResourceQuery withTimeout(Duration value) {
		return new ResourceQuery(context, kind, namespace, labelSelector, fieldSelector, limit, continueToken, value);
	}

	public ResourceQuery continuing(String token) {
		return new ResourceQuery(context, kind, namespace, labelSelector, fieldSelector, limit, token, timeout);
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
