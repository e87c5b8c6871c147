package io.kube9.ui.internal.model;

import io.kube9.core.errors.KubeException;
import io.kube9.core.resources.ResourcePage;

/**
 * Which backend served a node's listing: the user is told when it was kubectl, and why when kubectl stood in for
 * the API client.
 *
 * @param backend      {@link ResourcePage#API_CLIENT} or {@link ResourcePage#KUBECTL}
 * @param fallbackFrom the API client's failure when kubectl served the listing as the fallback, else null
 */
public record ListingSource(String backend, KubeException fallbackFrom) {

	static ListingSource of(ResourcePage page) {
		return new ListingSource(page.backend(), page.fallbackFrom());
	}

	public boolean byKubectl() {
		return ResourcePage.KUBECTL.equals(backend);
	}

	public boolean byFallback() {
		return fallbackFrom != null;
	}
}
