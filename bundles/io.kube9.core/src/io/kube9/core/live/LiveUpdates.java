package io.kube9.core.live;

import java.util.function.Consumer;

import io.kube9.core.resources.ResourcePage;
import io.kube9.core.resources.ResourceQuery;

/**
 * Keeps listings current: by a watch started from the listing's resourceVersion when the API client reads, by
 * polling at the kind's time-to-live otherwise. The cached listing follows the changes. Nothing here blocks.
 */
public interface LiveUpdates {

	/**
	 * Starts following a listing the view shows.
	 *
	 * @param firstPage the query of its first page
	 * @param listed    what that query returned (its resourceVersion is where the watch starts)
	 * @return the handle that stops it; a stopped one when live updates are off
	 */
	LiveListing follow(ResourceQuery firstPage, ResourcePage listed, ListingListener listener);

	/** Whether a context's watches lost their connection and are retrying. */
	boolean disconnected(String context);

	/** Hears the context whose connection state ({@link #disconnected}) changed; on core's threads. */
	void addConnectionListener(Consumer<String> listener);

	void removeConnectionListener(Consumer<String> listener);

	LiveStatistics statistics();
}
