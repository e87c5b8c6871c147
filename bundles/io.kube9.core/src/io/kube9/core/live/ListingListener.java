package io.kube9.core.live;

import java.util.List;

import io.kube9.core.resources.ResourcePage;

/**
 * Hears what keeps one listing current. Called on core's threads, never the UI thread, one call at a time per
 * listing and in order; must not block.
 */
public interface ListingListener {

	/** Items were added, changed or deleted since the last call. */
	void changed(List<ItemChange> changes);

	/**
	 * The listing was read anew (its watch expired, its connection came back, or it is polled): these items, read
	 * from the first page on until there were at least {@link #shownItems()}, replace what was shown of it. The
	 * page's continue token and remaining count are those of the last page read.
	 */
	void relisted(ResourcePage pagesShown);

	/**
	 * How many items of the listing are shown now (more than one page after "Show more"): a relist reads pages
	 * until it has as many, so that reading anew never shrinks what the user sees. Called before each relist.
	 */
	default int shownItems() {
		return 0;
	}
}
