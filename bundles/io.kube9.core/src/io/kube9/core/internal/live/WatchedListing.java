package io.kube9.core.internal.live;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.errors.ErrorClassifier;
import io.kube9.core.internal.source.WatchEvent;
import io.kube9.core.internal.source.WatchStream;
import io.kube9.core.live.ItemChange;
import io.kube9.core.live.ListingListener;
import io.kube9.core.live.LiveListing;
import io.kube9.core.resources.ResourceItem;
import io.kube9.core.resources.ResourcePage;
import io.kube9.core.resources.ResourceQuery;

/**
 * One listing kept current: a loop of watch requests from the last resourceVersion seen (bookmarks move it on),
 * a relist when the server says it is too old (410) or the stream went silent past its timeout, a pause on its
 * cluster's link when the connection is lost; or polling at the kind's time-to-live when it cannot be watched.
 * <p>
 * The listener is called under {@link #delivery} only, never under this object's lock, which {@link #close()}
 * takes: a view that closes a listing while holding its own lock cannot deadlock with an event on its way to it.
 */
final class WatchedListing implements LiveListing {

	private final LiveEngine engine;
	private final ResourceQuery query;
	private final ListingListener listener;
	private final ClusterLink link;
	private final Object delivery = new Object();
	private volatile Mode mode = Mode.STOPPED;
	private volatile String resourceVersion;
	private volatile boolean closed;
	/** Guarded by this. */
	private WatchStream stream;
	private ScheduledFuture<?> polling;
	private List<ResourceItem> lastPolled;

	WatchedListing(LiveEngine engine, ResourceQuery query, ListingListener listener, ClusterLink link) {
		this.engine = engine;
		this.query = query;
		this.listener = listener;
		this.link = link;
	}

	@Override
	public ResourceQuery query() {
		return query;
	}

	@Override
	public Mode mode() {
		return mode;
	}

	boolean isClosed() {
		return closed;
	}

	String context() {
		return query.context();
	}

	void watchFrom(String version) {
		resourceVersion = version;
		mode = Mode.WATCHING;
		try {
			engine.readers().execute(this::watchLoop);
		} catch (RejectedExecutionException e) {
			// Every reader holds a stream (or the engine closed): this one polls rather than waits for minutes.
			engine.unwatched(this);
			poll(null);
		}
	}

	/** Polls from now on (kubectl reads, watch forbidden, or beyond the cap). */
	synchronized void poll(ResourcePage listed) {
		if (closed) {
			return;
		}
		mode = Mode.POLLING;
		if (stream != null) {
			stream.cancel();
		}
		lastPolled = listed == null ? null : listed.items();
		if (polling == null) {
			long millis = Math.max(engine.timing().minimumPoll().toMillis(), engine.timeToLive(query.kind()).toMillis());
			try {
				polling = engine.timers().scheduleWithFixedDelay(() -> engine.io().execute(this::pollOnce), millis,
						millis, TimeUnit.MILLISECONDS);
			} catch (RejectedExecutionException e) {
				mode = Mode.STOPPED; // the engine is closing
			}
		}
	}

	@Override
	public void close() {
		synchronized (this) {
			if (closed) {
				return;
			}
			closed = true;
			mode = Mode.STOPPED;
			if (stream != null) {
				stream.cancel();
			}
			if (polling != null) {
				polling.cancel(false);
			}
		}
		link.forget(this);
		engine.closed(this);
	}

	/**
	 * After the connection came back: relists (what changed meanwhile is not in any stream) and watches again.
	 *
	 * @return false when the cluster still cannot be reached
	 */
	boolean resume() {
		if (closed) {
			return true;
		}
		ResourcePage page;
		try {
			page = engine.relist(query);
		} catch (KubeException e) {
			return false;
		}
		relisted(page);
		if (page.resourceVersion().isEmpty()) {
			poll(page);
		} else if (!closed) {
			watchFrom(page.resourceVersion());
		}
		return true;
	}

	private void watchLoop() {
		while (!closed && mode == Mode.WATCHING) {
			if (!watchOnce()) {
				return;
			}
		}
	}

	/** One watch request, read to its end; false when the loop ends (closed, polling, or waiting on the link). */
	private boolean watchOnce() {
		WatchStream opened;
		long timeout = engine.timing().watchTimeoutSeconds();
		try {
			opened = WatchStream.open(engine.clients(), query, resourceVersion, timeout,
					Duration.ofSeconds(timeout).plus(engine.timing().silenceMargin()));
		} catch (KubeException e) {
			return failed(e);
		}
		synchronized (this) {
			if (closed || mode != Mode.WATCHING) {
				opened.cancel();
				opened.close();
				return false;
			}
			stream = opened;
		}
		engine.streamOpened();
		link.reachable();
		try (opened) {
			opened.read(this::deliver);
			return true; // the server ended it at its timeout: watch on from the last version seen
		} catch (KubeException e) {
			return failed(e);
		} catch (IOException | RuntimeException e) {
			if (closed || mode != Mode.WATCHING) {
				return false;
			}
			if (e instanceof SocketTimeoutException) {
				// Silent past its timeout: the connection may be gone without a word. Read anew, then watch.
				return relist();
			}
			return failed(ErrorClassifier.classify(e, query.context()));
		} finally {
			synchronized (this) {
				stream = null;
			}
			engine.streamClosed();
		}
	}

	private boolean failed(KubeException failure) {
		if (closed || mode != Mode.WATCHING) {
			return false;
		}
		if (failure.kind() == ErrorKind.EXPIRED) {
			return relist();
		}
		if (failure.kind() == ErrorKind.PERMISSION) {
			// May list, may not watch: poll at the time-to-live, said once.
			engine.watchForbidden(this, failure);
			poll(null);
			return false;
		}
		mode = Mode.RECONNECTING;
		link.lost(this);
		return false;
	}

	private boolean relist() {
		ResourcePage page;
		try {
			page = engine.relist(query);
		} catch (KubeException e) {
			mode = Mode.RECONNECTING;
			link.lost(this);
			return false;
		}
		relisted(page);
		if (page.resourceVersion().isEmpty()) {
			poll(page); // kubectl answered as the fallback: nothing to watch from
			return false;
		}
		resourceVersion = page.resourceVersion();
		return true;
	}

	private void pollOnce() {
		if (closed) {
			return;
		}
		ResourcePage page;
		try {
			page = engine.relist(query);
		} catch (KubeException e) {
			if (e.kind() != ErrorKind.PERMISSION && e.kind() != ErrorKind.NOT_FOUND) {
				link.unreachable();
			}
			return;
		}
		link.reachable();
		boolean changed;
		synchronized (this) {
			changed = !page.items().equals(lastPolled);
			lastPolled = page.items();
		}
		if (changed) {
			relisted(page);
		}
	}

	private void relisted(ResourcePage page) {
		engine.relisted();
		synchronized (delivery) {
			if (!closed) {
				listener.relisted(page);
			}
		}
	}

	private void deliver(List<WatchEvent> events) {
		List<ItemChange> changes = new ArrayList<>(events.size());
		int bookmarks = 0;
		for (WatchEvent event : events) {
			if (!event.resourceVersion().isEmpty()) {
				resourceVersion = event.resourceVersion();
			}
			ItemChange change = event.change();
			if (change != null) {
				changes.add(change);
			} else if (WatchEvent.BOOKMARK.equals(event.type())) {
				bookmarks++;
			}
		}
		engine.received(changes.size(), bookmarks);
		engine.cacheChanged(query, changes, resourceVersion);
		if (changes.isEmpty()) {
			return;
		}
		synchronized (delivery) {
			if (!closed) {
				listener.changed(changes);
			}
		}
	}
}
