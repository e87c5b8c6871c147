package io.kube9.core.resources;

import java.time.Instant;
import java.util.List;

import io.kube9.core.errors.KubeException;

/**
 * What one listing returned, and which backend answered it.
 *
 * @param items          the items of this page
 * @param continueToken  the token for the next page, or empty when this is the last page
 * @param remainingCount how many items follow, when the server says; -1 when unknown
 * @param fetchedAt      when it was fetched (a cached page keeps its time)
 * @param backend        which backend served it: {@link #API_CLIENT} or {@link #KUBECTL}
 * @param fallbackFrom   when kubectl served it only because the API client failed first (the kubectl fallback):
 *                       the API client's classified failure, so the user can be told why; null when the page
 *                       comes from the backend the settings chose
 * @param resourceVersion the list's resourceVersion (where a watch of it starts), or empty when unknown
 */
public record ResourcePage(List<ResourceItem> items, String continueToken, long remainingCount, Instant fetchedAt,
		String backend, KubeException fallbackFrom, String resourceVersion) {

	/** {@link #backend()} of a page read through the Kubernetes Java client. */
	public static final String API_CLIENT = "api-client";
	/** {@link #backend()} of a page read by running kubectl. */
	public static final String KUBECTL = "kubectl";

	public ResourcePage {
		items = List.copyOf(items);
		continueToken = continueToken == null ? "" : continueToken;
		resourceVersion = resourceVersion == null ? "" : resourceVersion;
	}

	/** A page whose resourceVersion is not known. */
	public ResourcePage(List<ResourceItem> items, String continueToken, long remainingCount, Instant fetchedAt,
			String backend, KubeException fallbackFrom) {
		this(items, continueToken, remainingCount, fetchedAt, backend, fallbackFrom, "");
	}

	/** A page served by the backend the settings chose (no fallback). */
	public ResourcePage(List<ResourceItem> items, String continueToken, long remainingCount, Instant fetchedAt,
			String backend) {
		this(items, continueToken, remainingCount, fetchedAt, backend, null, "");
	}

	public boolean hasMore() {
		return !continueToken.isEmpty();
	}

	/** Whether kubectl served this page after the API client had failed; {@link #fallbackFrom()} says how. */
	public boolean servedByFallback() {
		return fallbackFrom != null;
	}

	/** This page, marked as served by the fallback after the API client failed with {@code failure}. */
	public ResourcePage afterFallbackFrom(KubeException failure) {
		return new ResourcePage(items, continueToken, remainingCount, fetchedAt, backend, failure, resourceVersion);
	}

	/** This page with other items (a watch changed them), at a later resourceVersion. */
	public ResourcePage withItems(List<ResourceItem> newItems, String newResourceVersion) {
		return new ResourcePage(newItems, continueToken, remainingCount, fetchedAt, backend, fallbackFrom,
				newResourceVersion);
	}
}
