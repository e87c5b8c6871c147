package io.kube9.core.resources;

import java.time.Instant;
import java.util.List;

/**
 * What one listing returned.
 *
 * @param items          the items of this page
 * @param continueToken  the token for the next page, or empty when this is the last page
 * @param remainingCount how many items follow, when the server says; -1 when unknown
 * @param fetchedAt      when it was fetched (a cached page keeps its time)
 * @param backend        which backend answered ("api-client" or "kubectl")
 */
public record ResourcePage(List<ResourceItem> items, String continueToken, long remainingCount, Instant fetchedAt,
		String backend) {

	public ResourcePage {
		items = List.copyOf(items);
		continueToken = continueToken == null ? "" : continueToken;
	}

	public boolean hasMore() {
		return !continueToken.isEmpty();
	}
}
