package io.kube9.ui.internal.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

import io.kube9.core.live.ItemChange;
import io.kube9.core.live.LiveListing;
import io.kube9.core.resources.ResourceQuery;
import io.kube9.ui.internal.tree.ErrorNode;
import io.kube9.ui.internal.tree.ExplorerNode;
import io.kube9.ui.internal.tree.LoadingNode;

/**
 * The load state of every node the explorer asked for: its children as far as they are loaded, the job loading
 * them, and whether they must be loaded again. Not thread-safe: the model guards it with its own lock.
 */
final class LoadEntries {

	/** The children of one node, as far as they are loaded. */
	static final class Entry {
		/** Null until the first load ends. */
		List<ExplorerNode> children;
		LoadJob running;
		/** Reload on the next request, bypassing core's cache and rechecking the cluster. */
		boolean stale;
		/** The pending reload was asked for by the user: it shows in the Progress view. */
		boolean byUser;
		/** Which backend served the listing shown, or null. */
		ListingSource source;
		/** The scope of the listing shown or loading ({@link ListingScopes}), or null when it follows none. */
		String scope;
		/** What keeps the listing shown current, or null when nothing does (not loaded, collapsed, failed). */
		LiveListing live;
		/** The first page {@link #live} follows; kept after it stopped, to follow again on expansion. */
		ResourceQuery followed;
		/** Changes of items in pages not loaded yet ({@link LiveEdits}), by item key. */
		final Map<String, ItemChange> beyond = new LinkedHashMap<>();
		/** When the listing was collapsed ({@link System#nanoTime()}), or -1 while it shows. */
		long hiddenSince = -1;
	}

	private final Map<ExplorerNode, Entry> entries = new HashMap<>();
	private final Map<ExplorerNode, Integer> loadCounts = new HashMap<>();

	Entry get(ExplorerNode node) {
		return entries.get(node);
	}

	Entry getOrCreate(ExplorerNode node) {
		return entries.computeIfAbsent(node, key -> new Entry());
	}

	/** Counts a load of the node's children (tests prove what was not reloaded). */
	void counted(ExplorerNode node) {
		loadCounts.merge(node, 1, Integer::sum);
	}

	int loadCount(ExplorerNode node) {
		return loadCounts.getOrDefault(node, 0);
	}

	/**
	 * Marks the entries of the chosen nodes stale.
	 *
	 * @return the nodes marked
	 */
	List<ExplorerNode> markStale(Predicate<ExplorerNode> nodes, Predicate<Entry> entriesToo, boolean byUser) {
		List<ExplorerNode> marked = new ArrayList<>();
		entries.forEach((node, entry) -> {
			if (nodes.test(node) && entriesToo.test(entry)) {
				entry.stale = true;
				entry.byUser |= byUser;
				marked.add(node);
			}
		});
		return marked;
	}

	void forEach(BiConsumer<ExplorerNode, Entry> action) {
		entries.forEach(action);
	}

	/**
	 * Drops the entries of the chosen nodes.
	 *
	 * @return the jobs that were loading them (to cancel, outside the lock)
	 */
	List<LoadJob> remove(Predicate<ExplorerNode> which) {
		List<LoadJob> stopped = new ArrayList<>();
		entries.entrySet().removeIf(mapping -> {
			if (!which.test(mapping.getKey())) {
				return false;
			}
			if (mapping.getValue().running != null) {
				stopped.add(mapping.getValue().running);
			}
			return true;
		});
		return stopped;
	}

	void clear() {
		entries.clear();
	}

	/** What a node shows: 'Loading…' until the first load ends, and while a failed load is retried. */
	static List<ExplorerNode> shown(ExplorerNode node, Entry entry) {
		boolean retrying = entry.running != null && entry.running.page() == null && entry.children != null
				&& entry.children.size() == 1 && entry.children.get(0) instanceof ErrorNode;
		return entry.children == null || retrying ? List.of(new LoadingNode(node)) : entry.children;
	}

	/** The children without the 'Loading…' that stood in for a next page. */
	static List<ExplorerNode> withoutPlaceholder(List<ExplorerNode> children) {
		List<ExplorerNode> result = new ArrayList<>(children);
		result.removeIf(LoadingNode.class::isInstance);
		return result;
	}
}
