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
 * (Where both are taken, {@link #delivery} comes first.) Each start of watching has its own generation: a reader
 * still finishing the stream of an earlier one (demoted to polling, then watching again) ends without a word.
 */
final class WatchedListing implements LiveListing {

	private final LiveEngine engine;
	private final ResourceQuery query;
	private final ListingListener listener;
	private final ClusterLink link;
	private final Object delivery = new Object();
	private final long opened;
	private volatile Mode mode = Mode.STOPPED;
	private volatile String resourceVersion;
	private volatile boolean closed;
	/** Guarded by this. */
	private WatchStream stream;
	private ScheduledFuture<?> polling;
	private List<ResourceItem> lastPolled;
	private long generation;

	WatchedListing(LiveEngine engine, ResourceQuery query, ListingListener listener, ClusterLink link, long opened) {
		this.engine = engine;
		this.query = query;
		this.listener = listener;
		this.link = link;
		this.opened = opened;
	}

	/** When it was opened, in the engine's order of openings. */
	long opened() {
		return opened;
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
		long started;
		synchronized (this) {
			if (closed) {
				return;
			}
			resourceVersion = version;
			started = startWatching();
		}
		read(started);
	}

	/**
	 * A slot to watch in came free: a listing polled for want of one watches again from the last version it saw
	 * (a poll's, or its watch's before it was demoted); what changed since arrives as events, or as a relist when
	 * the server no longer has that version (410).
	 */
	void watchAgain() {
		long started;
		synchronized (this) {
			if (closed || mode != Mode.POLLING) {
				return;
			}
			started = startWatching();
		}
		read(started);
	}

	/** Holding the lock: polling ends, watching begins, in a new generation. */
	private long startWatching() {
		if (polling != null) {
			polling.cancel(false);
			polling = null;
		}
		lastPolled = null;
		mode = Mode.WATCHING;
		return ++generation;
	}

	private void read(long started) {
		try {
			engine.readers().execute(() -> watchLoop(started));
		} catch (RejectedExecutionException e) {
			// The engine closed: nothing reads any more.
			engine.unwatched(this);
			poll(null);
		}
	}

	/** Whether the watching that started as {@code started} still goes on. */
	private boolean watching(long started) {
		synchronized (this) {
			return !closed && mode == Mode.WATCHING && generation == started;
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
		if (listed != null && !listed.resourceVersion().isEmpty()) {
			resourceVersion = listed.resourceVersion(); // where it watches from if a slot frees before it polls
		}
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
		if (closed || mode != Mode.RECONNECTING) {
			return true; // closed, or polled meanwhile (beyond the cap): its polls read on their own
		}
		ResourcePage page;
		try {
			page = relistShown();
		} catch (KubeException e) {
			return false;
		}
		long started;
		synchronized (delivery) {
			synchronized (this) {
				if (closed || mode != Mode.RECONNECTING) {
					return true;
				}
				if (page.resourceVersion().isEmpty()) {
					started = -1;
				} else {
					resourceVersion = page.resourceVersion();
					started = startWatching();
				}
			}
			engine.relisted();
			listener.relisted(page); // before the watch's first events, which wait for this lock
		}
		if (started < 0) {
			poll(page);
		} else {
			read(started);
		}
		return true;
	}

	private void watchLoop(long started) {
		while (watching(started)) {
			if (!watchOnce(started)) {
				return;
			}
		}
	}

	/** One watch request, read to its end; false when the loop ends (closed, polling, or waiting on the link). */
	private boolean watchOnce(long started) {
		WatchStream opened;
		long timeout = engine.timing().watchTimeoutSeconds();
		try {
			opened = WatchStream.open(engine.clients(), query, resourceVersion, timeout,
					Duration.ofSeconds(timeout).plus(engine.timing().silenceMargin()));
		} catch (KubeException e) {
			return failed(e, started);
		}
		synchronized (this) {
			if (closed || mode != Mode.WATCHING || generation != started) {
				opened.cancel();
				opened.close();
				return false;
			}
			stream = opened;
		}
		engine.streamOpened();
		link.reachable();
		try (opened) {
			opened.read(events -> deliver(events, started));
			return true; // the server ended it at its timeout: watch on from the last version seen
		} catch (KubeException e) {
			return failed(e, started);
		} catch (IOException | RuntimeException e) {
			if (!watching(started)) {
				return false;
			}
			if (e instanceof SocketTimeoutException) {
				// Silent past its timeout: the connection may be gone without a word. Read anew, then watch.
				return relist(started);
			}
			return failed(ErrorClassifier.classify(e, query.context()), started);
		} finally {
			synchronized (this) {
				if (stream == opened) {
					stream = null; // not a later generation's
				}
			}
			engine.streamClosed();
		}
	}

	private boolean failed(KubeException failure, long started) {
		if (!watching(started)) {
			return false;
		}
		if (failure.kind() == ErrorKind.EXPIRED) {
			return relist(started);
		}
		if (failure.kind() == ErrorKind.PERMISSION) {
			// May list, may not watch: poll at the time-to-live, said once.
			engine.watchForbidden(this, failure);
			poll(null);
			return false;
		}
		lost(started);
		return false;
	}

	/** The watching that started as {@code started} lost the connection: it waits on the link. */
	private void lost(long started) {
		synchronized (this) {
			if (!watching(started)) {
				return;
			}
			mode = Mode.RECONNECTING;
		}
		link.lost(this);
	}

	private boolean relist(long started) {
		ResourcePage page;
		try {
			page = relistShown();
		} catch (KubeException e) {
			lost(started);
			return false;
		}
		if (!watching(started)) {
			return false; // demoted or closed while it read: whoever follows now reads for itself
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
			page = relistShown();
		} catch (KubeException e) {
			if (e.kind() != ErrorKind.PERMISSION && e.kind() != ErrorKind.NOT_FOUND) {
				link.unreachable();
			}
			return;
		}
		link.reachable();
		// Under the delivery lock: a watch started meanwhile delivers its events after this page, never before.
		synchronized (delivery) {
			boolean changed;
			synchronized (this) {
				if (closed || mode != Mode.POLLING) {
					return; // watching again: the watch starts from the version it read last
				}
				if (!page.resourceVersion().isEmpty()) {
					resourceVersion = page.resourceVersion();
				}
				changed = !page.items().equals(lastPolled);
				lastPolled = page.items();
			}
			if (changed) {
				engine.relisted();
				listener.relisted(page);
			}
		}
	}

	private ResourcePage relistShown() throws KubeException {
		return PagesShown.relist(engine::relist, query, listener.shownItems(), this::isClosed);
	}

	private void relisted(ResourcePage page) {
		engine.relisted();
		synchronized (delivery) {
			if (!closed) {
				listener.relisted(page);
			}
		}
	}

	private void deliver(List<WatchEvent> events, long started) {
		if (!watching(started)) {
			return; // a stream cancelled (demoted, closed) still reading out what it had
		}
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
			if (watching(started)) {
				listener.changed(changes);
			}
		}
	}
}
