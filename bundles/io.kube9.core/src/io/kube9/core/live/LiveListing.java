package io.kube9.core.live;

import io.kube9.core.resources.ResourceQuery;

/** A listing kept current until it is closed. */
public interface LiveListing extends AutoCloseable {

	/** How a listing is kept current. */
	enum Mode {
		/** A watch streams its changes. */
		WATCHING,
		/** Read again at its kind's time-to-live: kubectl, watch not permitted, or beyond the per-cluster cap. */
		POLLING,
		/** Its watch lost the connection; it retries with back-off. */
		RECONNECTING,
		/** Closed. */
		STOPPED;
	}

	/** The first page it follows. */
	ResourceQuery query();

	Mode mode();

	/** Stops following: its watch or its polling ends. Idempotent. */
	@Override
	void close();
}
