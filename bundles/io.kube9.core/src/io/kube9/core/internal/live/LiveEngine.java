package io.kube9.core.internal.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;

import io.kube9.core.Backend;
import io.kube9.core.Settings;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.client.ClientPool;
import io.kube9.core.live.ItemChange;
import io.kube9.core.live.ListingListener;
import io.kube9.core.live.LiveListing;
import io.kube9.core.live.LiveStatistics;
import io.kube9.core.live.LiveUpdates;
import io.kube9.core.resources.ResourceKind;
import io.kube9.core.resources.ResourcePage;
import io.kube9.core.resources.ResourceQuery;

/**
 * Keeps the listings the view shows current (see {@link LiveUpdates}).
 * <p>
 * Threads: OkHttp reads a response body only by blocking, so each open watch holds one reader thread while its
 * stream is open. They come from one bounded pool ({@link #MAXIMUM_WATCHES}, idle threads end), never one thread
 * per watch for ever: every stream ends at its server-side timeout or when its silence passes the read timeout,
 * and the per-cluster cap keeps the number of watches down. The streams themselves are multiplexed over the
 * cluster's HTTP/2 connection by OkHttp (one frame reader per connection). A listing that finds every reader
 * busy is polled instead. Timers (back-off, polls) run on one
 * thread that ends when nothing is scheduled; relists and polls run on core's engine threads.
 */
public final class LiveEngine implements LiveUpdates, AutoCloseable {

	/** Reads a listing anew, bypassing the cache and storing what it read there. */
	@FunctionalInterface
	public interface Relister {
		ResourcePage relist(ResourceQuery query) throws KubeException;
	}

	/** Applies a watch's changes to the cached listing. */
	@FunctionalInterface
	public interface CacheEditor {
		void apply(ResourceQuery firstPage, List<ItemChange> changes, String resourceVersion);
	}

	/** Watch streams read at once, across all clusters; listings beyond are polled at their time-to-live. */
	public static final int MAXIMUM_WATCHES = 128;
	private static final Duration IDLE_THREAD = Duration.ofSeconds(5);

	private final ClientPool clients;
	private final Relister relister;
	private final CacheEditor cache;
	private final Supplier<Settings> settings;
	private final Function<ResourceKind, Duration> timeToLive;
	private final Executor io;
	private final LiveTiming timing;
	private final ThreadPoolExecutor readers;
	private final ScheduledThreadPoolExecutor timers;
	private final Map<String, ClusterLink> links = new ConcurrentHashMap<>();
	/** Per context, its watched listings, oldest first. Guarded by this. */
	private final Map<String, LinkedHashSet<WatchedListing>> watched = new ConcurrentHashMap<>();
	private final Set<WatchedListing> open = ConcurrentHashMap.newKeySet();
	private final Set<String> forbiddenSaid = ConcurrentHashMap.newKeySet();
	private final List<Consumer<String>> connectionListeners = new CopyOnWriteArrayList<>();
	private final AtomicInteger streams = new AtomicInteger();
	private final AtomicLong watchesStarted = new AtomicLong();
	private final AtomicLong relists = new AtomicLong();
	private final AtomicLong events = new AtomicLong();
	private final AtomicLong bookmarks = new AtomicLong();
	private final AtomicLong reconnects = new AtomicLong();
	private volatile Consumer<String> reconnectCounter = context -> {
	};
	private volatile boolean closed;

	public LiveEngine(ClientPool clients, Relister relister, CacheEditor cache, Supplier<Settings> settings,
			Function<ResourceKind, Duration> timeToLive, Executor io, LiveTiming timing) {
		this.clients = clients;
		this.relister = relister;
		this.cache = cache;
		this.settings = settings;
		this.timeToLive = timeToLive;
		this.io = io;
		this.timing = timing;
		AtomicInteger count = new AtomicInteger();
		// No queue: a stream gets an idle reader or a new one, never a place behind streams that last minutes.
		readers = new ThreadPoolExecutor(0, MAXIMUM_WATCHES, IDLE_THREAD.toMillis(), TimeUnit.MILLISECONDS,
				new SynchronousQueue<>(), task -> daemon(task, "kube9-watch-" + count.incrementAndGet()));
		timers = new ScheduledThreadPoolExecutor(1, task -> daemon(task, "kube9-live-timer"));
		timers.setKeepAliveTime(IDLE_THREAD.toMillis(), TimeUnit.MILLISECONDS);
		timers.allowCoreThreadTimeOut(true);
		timers.setRemoveOnCancelPolicy(true);
	}

	@Override
	public LiveListing follow(ResourceQuery firstPage, ResourcePage listed, ListingListener listener) {
		Settings current = settings.get();
		WatchedListing listing = new WatchedListing(this, firstPage.withTimeout(null), listener,
				link(firstPage.context()));
		if (closed || !current.liveUpdates()) {
			return listing; // stopped from the start
		}
		open.add(listing);
		boolean watchable = current.backend() == Backend.API_CLIENT && !ResourcePage.KUBECTL.equals(listed.backend())
				&& !listed.resourceVersion().isEmpty();
		if (!watchable) {
			// kubectl: polled at the time-to-live, the simplest honest contract. 'kubectl get --watch
			// --output-watch-events -o json' would keep one kubectl process (tens of MB, its own connection, no
			// HTTP/2 shared with the others) alive per expanded listing, and it ends on 410 or a lost connection
			// with only a message on stderr: we would relist and restart it anyway, through kubectl, as polling does.
			listing.poll(listed);
			return listing;
		}
		WatchedListing demoted = null;
		synchronized (this) {
			LinkedHashSet<WatchedListing> ofContext = watched.computeIfAbsent(firstPage.context(),
					context -> new LinkedHashSet<>());
			if (ofContext.size() >= Math.max(1, current.liveListingsPerCluster())) {
				demoted = ofContext.iterator().next();
				ofContext.remove(demoted);
			}
			ofContext.add(listing);
		}
		if (demoted != null) {
			demoted.poll(null); // beyond the cap, the oldest falls back to its time-to-live
		}
		watchesStarted.incrementAndGet();
		listing.watchFrom(listed.resourceVersion());
		return listing;
	}

	@Override
	public boolean disconnected(String context) {
		ClusterLink link = links.get(context);
		return link != null && link.disconnected();
	}

	@Override
	public void addConnectionListener(Consumer<String> listener) {
		connectionListeners.add(listener);
	}

	@Override
	public void removeConnectionListener(Consumer<String> listener) {
		connectionListeners.remove(listener);
	}

	@Override
	public LiveStatistics statistics() {
		int watching = 0;
		int polling = 0;
		for (WatchedListing listing : open) {
			switch (listing.mode()) {
			case WATCHING, RECONNECTING -> watching++;
			case POLLING -> polling++;
			default -> {
				// stopped
			}
			}
		}
		return new LiveStatistics(watching, polling, streams.get(), watchesStarted.get(), relists.get(), events.get(),
				bookmarks.get(), reconnects.get(), readers.getPoolSize() + timers.getPoolSize());
	}

	/** Stops every listing of a context (it went away or its connection changed). */
	public void stopContext(String context) {
		List<WatchedListing> stopping = new ArrayList<>();
		for (WatchedListing listing : open) {
			if (listing.context().equals(context)) {
				stopping.add(listing);
			}
		}
		stopping.forEach(WatchedListing::close);
		ClusterLink link = links.remove(context);
		if (link != null && link.disconnected()) {
			connectionChanged(context);
		}
	}

	/** Stops every listing (live updates were turned off, or the backend changed). */
	public void stopAll() {
		new HashSet<>(open).forEach(WatchedListing::close);
		Set<String> contexts = new HashSet<>(links.keySet());
		links.clear();
		contexts.forEach(this::connectionChanged);
	}

	@Override
	public void close() {
		closed = true;
		stopAll();
		readers.shutdownNow();
		timers.shutdownNow();
	}

	// What the listings use.

	ClientPool clients() {
		return clients;
	}

	LiveTiming timing() {
		return timing;
	}

	Executor readers() {
		return readers;
	}

	ScheduledThreadPoolExecutor timers() {
		return timers;
	}

	Executor io() {
		return io;
	}

	Duration timeToLive(ResourceKind kind) {
		return timeToLive.apply(kind);
	}

	ResourcePage relist(ResourceQuery query) throws KubeException {
		return relister.relist(query);
	}

	void cacheChanged(ResourceQuery query, List<ItemChange> changes, String resourceVersion) {
		cache.apply(query, changes, resourceVersion);
	}

	void closed(WatchedListing listing) {
		open.remove(listing);
		synchronized (this) {
			LinkedHashSet<WatchedListing> ofContext = watched.get(listing.context());
			if (ofContext != null) {
				ofContext.remove(listing);
			}
		}
	}

	/** A listing that was watched polls from now on: it no longer counts against its cluster's cap. */
	synchronized void unwatched(WatchedListing listing) {
		LinkedHashSet<WatchedListing> ofContext = watched.get(listing.context());
		if (ofContext != null) {
			ofContext.remove(listing);
		}
	}

	void watchForbidden(WatchedListing listing, KubeException failure) {
		unwatched(listing);
		String what = listing.context() + "/" + listing.query().kind().id();
		if (forbiddenSaid.add(what)) {
			ILog.of(LiveEngine.class).info("Watching " + what + " is not permitted; polling it at its time-to-live ("
					+ failure.getMessage() + ")");
		}
	}

	void connectionChanged(String context) {
		connectionListeners.forEach(listener -> listener.accept(context));
	}

	void streamOpened() {
		streams.incrementAndGet();
	}

	void streamClosed() {
		streams.decrementAndGet();
	}

	void relisted() {
		relists.incrementAndGet();
	}

	/** Tells {@code counter} the context of each reconnection attempt (the performance monitor counts them). */
	public void countReconnectsWith(Consumer<String> counter) {
		reconnectCounter = counter;
	}

	void reconnectAttempted(String context) {
		reconnects.incrementAndGet();
		reconnectCounter.accept(context);
	}

	void received(int changes, int marks) {
		events.addAndGet(changes);
		bookmarks.addAndGet(marks);
	}

	private ClusterLink link(String context) {
		return links.computeIfAbsent(context, name -> new ClusterLink(name, this));
	}

	private static Thread daemon(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		return thread;
	}
}
