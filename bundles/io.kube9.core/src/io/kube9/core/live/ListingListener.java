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
	 * The listing was read anew (its watch expired, its connection came back, or it is polled): this first page
	 * replaces what was shown of it.
	 */
	void relisted(ResourcePage firstPage);
}
