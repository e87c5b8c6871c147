package io.kube9.core.internal.live;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The connection of one context's watches. When one loses it, the context counts as disconnected and its watches
 * pause: one probe at a time (a relist of one of them), spaced by back-off with jitter, instead of every watch
 * retrying on its own. The first probe that succeeds resumes them all.
 */
final class ClusterLink {

	private final String context;
	private final LiveEngine engine;
	private final Backoff backoff;
	/** Guarded by this. */
	private final Set<WatchedListing> waiting = new LinkedHashSet<>();
	private boolean disconnected;
	private ScheduledFuture<?> probe;

	ClusterLink(String context, LiveEngine engine) {
		this.context = context;
		this.engine = engine;
		this.backoff = new Backoff(engine.timing().initialBackoff(), engine.timing().maximumBackoff());
	}

	boolean disconnected() {
		synchronized (this) {
			return disconnected;
		}
	}

	/** A watch lost the connection: it waits for the link to come back. */
	void lost(WatchedListing listing) {
		boolean changed;
		synchronized (this) {
			waiting.add(listing);
			changed = !disconnected;
			disconnected = true;
			scheduleProbe();
		}
		if (changed) {
			engine.connectionChanged(context);
		}
	}

	/** A poll failed to reach the cluster: disconnected, but polls retry on their own schedule. */
	void unreachable() {
		boolean changed;
		synchronized (this) {
			changed = !disconnected;
			disconnected = true;
		}
		if (changed) {
			engine.connectionChanged(context);
		}
	}

	/** A request of this context got an answer: the watches waiting resume. */
	void reachable() {
		List<WatchedListing> resumed;
		synchronized (this) {
			if (!disconnected && waiting.isEmpty()) {
				return;
			}
			disconnected = false;
			backoff.reset();
			resumed = new ArrayList<>(waiting);
			waiting.clear();
			if (probe != null) {
				probe.cancel(false);
				probe = null;
			}
		}
		engine.connectionChanged(context);
		for (WatchedListing listing : resumed) {
			engine.io().execute(() -> {
				if (!listing.resume()) {
					lost(listing);
				}
			});
		}
	}

	/** A listing closed: it no longer waits. */
	synchronized void forget(WatchedListing listing) {
		waiting.remove(listing);
		if (waiting.isEmpty() && probe != null) {
			probe.cancel(false);
			probe = null;
		}
	}

	/** Holding the lock. */
	private void scheduleProbe() {
		if (probe == null) {
			probe = engine.timers().schedule(() -> engine.io().execute(this::probe), backoff.next().toMillis(),
					TimeUnit.MILLISECONDS);
		}
	}

	private void probe() {
		WatchedListing first;
		synchronized (this) {
			probe = null;
			waiting.removeIf(WatchedListing::isClosed);
			if (waiting.isEmpty()) {
				return;
			}
			first = waiting.iterator().next();
			waiting.remove(first);
		}
		engine.reconnectAttempted(context);
		if (first.resume()) {
			reachable();
		} else {
			synchronized (this) {
				if (!first.isClosed()) {
					waiting.add(first);
				}
				if (!waiting.isEmpty()) {
					scheduleProbe();
				}
			}
		}
	}
}
