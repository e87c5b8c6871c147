package io.kube9.ui.internal.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.kube9.core.live.ItemChange;
import io.kube9.core.live.ListingListener;
import io.kube9.core.live.LiveListing;
import io.kube9.core.live.LiveUpdates;
import io.kube9.core.resources.ResourcePage;
import io.kube9.core.resources.ResourceQuery;
import io.kube9.ui.internal.JobFamilies;
import io.kube9.ui.internal.model.LoadEntries.Entry;
import io.kube9.ui.internal.tree.ExplorerNode;
import io.kube9.ui.internal.tree.ResourceNode;
import io.kube9.ui.internal.tree.ShowMoreNode;

/**
 * Keeps the listings the tree shows current through core's live updates: a listing is followed from the page it
 * loaded while it is expanded; collapsed, it stops after a grace (so collapsing and expanding again does not
 * restart its watch); its changes apply to its children in place and reach the view as one request per listing,
 * which the view coalesces. Everything runs under the model's lock (the {@code lock} given).
 */
final class LiveFollowing {

	/** How long a collapsed listing stays followed: expanding it again within that keeps its watch. */
	static final long GRACE_MILLIS = Long.getLong("kube9.live.collapseGraceMillis", 10_000);

	private final Object lock;
	private final LoadEntries entries;
	private final LiveUpdates live;
	private final ExplorerListener listener;
	private final Job reaper;

	LiveFollowing(Object lock, LoadEntries entries, LiveUpdates live, ExplorerListener listener) {
		this.lock = lock;
		this.entries = entries;
		this.live = live;
		this.listener = listener;
		this.reaper = new Job(LiveFollowing.class.getSimpleName()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				reap();
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == lock || family == JobFamilies.LOAD;
			}
		};
		reaper.setSystem(true);
	}

	/** Holding the lock: a listing's first page loaded; it is followed from there (replacing what followed it). */
	void follow(ExplorerNode node, Entry entry, ResourceQuery firstPage, ResourcePage page) {
		stop(entry);
		entry.followed = firstPage;
		entry.beyond.clear();
		Feed feed = new Feed(node);
		entry.live = live.follow(firstPage, page, feed);
		feed.handle = entry.live;
		if (entry.hiddenSince >= 0) {
			// Collapsed while it loaded: the grace runs from the collapse.
			reaper.schedule(GRACE_MILLIS);
		}
	}

	/** Holding the lock. */
	void stop(Entry entry) {
		if (entry.live != null) {
			entry.live.close();
			entry.live = null;
		}
	}

	/** Holding the lock: the lives of the chosen entries, closed (their entries are about to go). */
	void stopIf(Predicate<ExplorerNode> which) {
		entries.forEach((node, entry) -> {
			if (which.test(node)) {
				stop(entry);
			}
		});
	}

	/**
	 * Holding the lock: these nodes were collapsed (or hidden under a collapsed one); their listings stop after the
	 * grace.
	 */
	void hidden(List<ExplorerNode> nodes) {
		long now = System.nanoTime();
		boolean any = false;
		for (ExplorerNode node : nodes) {
			Entry entry = entries.get(node);
			if (entry != null && entry.hiddenSince < 0) {
				entry.hiddenSince = now;
				any |= entry.live != null || entry.running != null;
			}
		}
		if (any) {
			reaper.schedule(GRACE_MILLIS);
		}
	}

	/**
	 * Holding the lock: these nodes show again. A listing still followed stays so; one that stopped reloads
	 * through the cache (kept current until it stopped) and is followed again.
	 *
	 * @return the nodes whose listing must load again
	 */
	List<ExplorerNode> shown(List<ExplorerNode> nodes) {
		List<ExplorerNode> reload = new ArrayList<>();
		for (ExplorerNode node : nodes) {
			Entry entry = entries.get(node);
			if (entry == null) {
				continue;
			}
			entry.hiddenSince = -1;
			if (entry.live == null && entry.followed != null && entry.running == null && entry.children != null) {
				reload.add(node);
			}
		}
		return reload;
	}

	/** How many listings this view follows now (tests). */
	int followed() {
		synchronized (lock) {
			int[] count = { 0 };
			entries.forEach((node, entry) -> count[0] += entry.live != null ? 1 : 0);
			return count[0];
		}
	}

	private void reap() {
		long now = System.nanoTime();
		long graceNanos = GRACE_MILLIS * 1_000_000L;
		boolean pending = false;
		synchronized (lock) {
			List<Entry> expired = new ArrayList<>();
			entries.forEach((node, entry) -> {
				if (entry.live != null && entry.hiddenSince >= 0) {
					if (now - entry.hiddenSince >= graceNanos) {
						expired.add(entry);
					}
				}
			});
			expired.forEach(this::stop);
			pending = hasHidden();
		}
		if (pending) {
			reaper.schedule(GRACE_MILLIS);
		}
	}

	/**
	 * Holding the lock: rows gone from a listing take the listings shown below them out of sight, as a collapse
	 * would (the tree fires no collapse for an item it disposes): a deleted namespace's Events stop being watched.
	 */
	private void hideBelowRemoved(List<ExplorerNode> before, List<ExplorerNode> after) {
		Set<ExplorerNode> kept = new HashSet<>(after);
		List<ExplorerNode> removed = before.stream().filter(row -> row instanceof ResourceNode && !kept.contains(row))
				.toList();
		if (removed.isEmpty()) {
			return;
		}
		List<ExplorerNode> below = new ArrayList<>();
		entries.forEach((shown, entry) -> {
			if (removed.stream().anyMatch(shown::isWithin)) {
				below.add(shown);
			}
		});
		hidden(below);
	}

	private boolean hasHidden() {
		boolean[] any = { false };
		entries.forEach((node, entry) -> any[0] |= entry.live != null && entry.hiddenSince >= 0);
		return any[0];
	}

	void dispose() {
		reaper.cancel();
	}

	/** What core tells about one followed listing. */
	private final class Feed implements ListingListener {

		private final ExplorerNode node;
		/** Set right after following starts, under the lock; events compare it with the entry's. */
		volatile LiveListing handle;

		Feed(ExplorerNode node) {
			this.node = node;
		}

		@Override
		public void changed(List<ItemChange> changes) {
			synchronized (lock) {
				Entry entry = current();
				if (entry == null) {
					return;
				}
				LiveEdits.Result result = LiveEdits.apply(node, entry.followed.kind(), entry.children, changes,
						entry.beyond);
				hideBelowRemoved(entry.children, result.children());
				entry.children = ListingOrder.arranged(node, result.children());
				// A changed event moves when it happened again: rows moving is a change of structure.
				boolean structural = result.structural() || ListingOrder.ordersByContent(node)
						&& !entry.children.equals(result.children());
				if (structural || !result.updated().isEmpty()) {
					listener.liveChanged(node, structural, result.updated());
				}
			}
		}

		@Override
		public void relisted(ResourcePage pagesShown) {
			synchronized (lock) {
				Entry entry = current();
				if (entry == null) {
					return;
				}
				List<ExplorerNode> rows = new ArrayList<>(pagesShown.items().size() + 1);
				pagesShown.items().forEach(item -> rows.add(ResourceNode.of(node, entry.followed.kind(), item)));
				List<ExplorerNode> updated = new ArrayList<>(rows);
				if (pagesShown.hasMore()) {
					// What follows continues the list just read (the old continue token belonged to the one before).
					rows.add(new ShowMoreNode(node, entry.followed.continuing(pagesShown.continueToken()),
							pagesShown.remainingCount()));
				}
				entry.beyond.clear();
				hideBelowRemoved(entry.children, rows);
				entry.children = ListingOrder.arranged(node, List.copyOf(rows));
				listener.liveChanged(node, true, updated);
			}
		}

		/** As many as the rows shown: a relist reads the pages they came from, not only the first. */
		@Override
		public int shownItems() {
			synchronized (lock) {
				Entry entry = current();
				return entry == null ? 0
						: (int) entry.children.stream().filter(ResourceNode.class::isInstance).count();
			}
		}

		/** Holding the lock: the entry while this feed is still the one following it, and it shows children. */
		private Entry current() {
			Entry entry = entries.get(node);
			// A reload of the first page replaces the children and follows anew; a next page merges on arrival.
			if (entry == null || entry.live == null || entry.live != handle
					|| entry.running != null && entry.running.page() == null || entry.children == null) {
				return null;
			}
			return entry;
		}
	}
}
