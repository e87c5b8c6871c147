package io.kube9.core.internal.live;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.live.LiveEngine.Relister;
import io.kube9.core.resources.ResourceItem;
import io.kube9.core.resources.ResourcePage;
import io.kube9.core.resources.ResourceQuery;

/**
 * A listing read anew from its first page, as many pages as it takes to have the items the view shows: a relist
 * (after 410 Gone, a silent stream, a reconnection, or a poll) never shrinks a listing where "Show more" was
 * pressed. The later pages continue the first one's snapshot (its continue token), so together they are one list
 * at the first page's resourceVersion, the one the watch goes on from.
 */
final class PagesShown {

	private PagesShown() {
	}

	/**
	 * @param wanted  how many items the view shows (0 or fewer than a page: the first page alone)
	 * @param stopped whether to stop reading (the listing closed)
	 * @return the items read, with the continue token and remaining count of the last page read
	 */
	static ResourcePage relist(Relister relister, ResourceQuery firstPage, int wanted, BooleanSupplier stopped)
			throws KubeException {
		ResourcePage first = relister.relist(firstPage);
		if (!first.hasMore() || first.items().size() >= wanted) {
			return first;
		}
		List<ResourceItem> items = new ArrayList<>(first.items());
		ResourcePage last = first;
		while (last.hasMore() && items.size() < wanted && !stopped.getAsBoolean()) {
			last = relister.relist(firstPage.continuing(last.continueToken()));
			items.addAll(last.items());
		}
		return new ResourcePage(items, last.continueToken(), last.remainingCount(), first.fetchedAt(),
				first.backend(), first.fallbackFrom(), first.resourceVersion());
	}
}
