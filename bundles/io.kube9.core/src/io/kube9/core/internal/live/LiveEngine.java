package io.kube9.core.internal.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
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
 * stream is open (the streams themselves are multiplexed over the cluster's HTTP/2 connection, one frame reader
 * per connection). What bounds the readers is admission, not the pool: a listing watches only in a slot, at most
 * {@code liveListingsPerCluster} per cluster and {@link #MAXIMUM_WATCHES} in all, so the readers are at most the
 * slots taken (plus, for a moment, those of streams just cancelled finishing their read), whatever the number of
 * listings. A listing without a slot is polled at its time-to-live, never dropped: beyond its cluster's cap the
 * oldest gives up its slot, beyond the overall bound the new one waits; when a slot frees (a watched listing
 * closes, or may not watch), the most recently opened waiting listing that fits takes it and watches again from
 * the last version it saw. Timers (back-off, polls) run on one thread that ends when nothing is scheduled;
 * relists and polls run on core's engine threads.
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

	/**
	 * Listings watched at once across all clusters, so reader threads at once. The default cap (30) over four
	 * clusters fits; beyond it each further watch would cost one more blocked thread (its stack and a share of
	 * the UI's event traffic) for one listing a poll keeps current almost as well. Listings beyond are polled.
	 */
	public static final int MAXIMUM_WATCHES = 128;
	/** Opening order: the cap gives up the oldest slot, a freed slot goes to the newest waiting listing. */
	private static final Comparator<WatchedListing> OPENING = Comparator.comparingLong(WatchedListing::opened);
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
	/** Per context, the listings in a watching slot, oldest first. Guarded by this. */
	private final Map<String, NavigableSet<WatchedListing>> watched = new HashMap<>();
	/** Polled listings waiting for a slot (beyond the cap or the overall bound), oldest first. Guarded by this. */
	private final NavigableSet<WatchedListing> waiting = new TreeSet<>(OPENING);
	/** Slots taken, over all contexts. Guarded by this. */
	private int slotsTaken;
	private final AtomicLong openings = new AtomicLong();
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
		// No queue: a stream gets an idle reader or a new one, never a place behind streams that last minutes. No
		// maximum either: the slots bound the streams (a pool's bound would reject a slot's stream while the
		// reader of a stream just cancelled finishes).
		readers = new ThreadPoolExecutor(0, Integer.MAX_VALUE, IDLE_THREAD.toMillis(), TimeUnit.MILLISECONDS,
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
				link(firstPage.context()), openings.incrementAndGet());
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
		boolean slot = true;
		synchronized (this) {
			NavigableSet<WatchedListing> ofContext = ofContext(firstPage.context());
			if (ofContext.size() >= cap(current)) {
				// Beyond the cap, the oldest falls back to its time-to-live until a slot frees.
				demoted = ofContext.pollFirst();
				waiting.add(demoted);
				slotsTaken--;
			}
			if (slotsTaken >= MAXIMUM_WATCHES) {
				waiting.add(listing);
				slot = false;
			} else {
				ofContext.add(listing);
				slotsTaken++;
			}
		}
		if (demoted != null) {
			demoted.poll(null);
		}
		if (!slot) {
			listing.poll(listed); // every slot of every cluster taken: polled until one frees
			return listing;
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
		synchronized (this) {
			waiting.removeIf(listing -> listing.context().equals(context)); // none of them takes a slot now
		}
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
		synchronized (this) {
			waiting.clear();
		}
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
		release(listing);
	}

	/** A listing that was watched polls from now on (its watch is forbidden): its slot goes to another. */
	void unwatched(WatchedListing listing) {
		release(listing);
	}

	/** The listing gives up its slot, or its place in the queue for one; the slot goes to a waiting listing. */
	private void release(WatchedListing listing) {
		WatchedListing next = null;
		synchronized (this) {
			waiting.remove(listing);
			NavigableSet<WatchedListing> ofContext = watched.get(listing.context());
			if (ofContext == null || !ofContext.remove(listing)) {
				return;
			}
			slotsTaken--;
			if (!closed) {
				next = nextInSlot(cap(settings.get()));
			}
		}
		if (next != null) {
			watchesStarted.incrementAndGet();
			next.watchAgain();
		}
	}

	/** Holding the lock: the most recently opened waiting listing whose cluster has a slot free, in it. */
	private WatchedListing nextInSlot(int cap) {
		if (slotsTaken >= MAXIMUM_WATCHES) {
			return null;
		}
		for (Iterator<WatchedListing> newestFirst = waiting.descendingIterator(); newestFirst.hasNext();) {
			WatchedListing candidate = newestFirst.next();
			NavigableSet<WatchedListing> ofContext = ofContext(candidate.context());
			if (ofContext.size() < cap) {
				newestFirst.remove();
				ofContext.add(candidate);
				slotsTaken++;
				return candidate;
			}
		}
		return null;
	}

	/** Holding the lock. */
	private NavigableSet<WatchedListing> ofContext(String context) {
		return watched.computeIfAbsent(context, name -> new TreeSet<>(OPENING));
	}

	private static int cap(Settings current) {
		return Math.max(1, current.liveListingsPerCluster());
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
