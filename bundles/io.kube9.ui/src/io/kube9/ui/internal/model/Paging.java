package io.kube9.ui.internal.model;

import java.util.ArrayList;
import java.util.List;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.resources.ResourceQuery;
import io.kube9.ui.internal.model.LoadEntries.Entry;
import io.kube9.ui.internal.tree.ErrorNode;
import io.kube9.ui.internal.tree.ExplorerNode;
import io.kube9.ui.internal.tree.LoadingNode;
import io.kube9.ui.internal.tree.ShowMoreNode;

/**
 * What loading a listing's next page does to its children: 'Loading…' in place of the row that asked for it, then
 * the page appended (with the live changes that waited for it), an error row that retries the page, or the
 * listing started over when its continue token expired. Called holding the model's lock.
 */
final class Paging {

	private Paging() {
	}

	/** The children while {@code replaced} ('Show more…' or a failed page) loads its page; null if it is gone. */
	static List<ExplorerNode> loading(Entry entry, ExplorerNode replaced) {
		if (entry.children == null || !entry.children.contains(replaced)) {
			return null;
		}
		List<ExplorerNode> shown = new ArrayList<>(entry.children);
		shown.remove(replaced);
		shown.add(new LoadingNode(replaced.getParent()));
		return List.copyOf(shown);
	}

	/**
	 * The continue token outlived what the server keeps: the listing starts over from its first page, fetched anew,
	 * instead of appending pages of two different lists.
	 *
	 * @return whether it did
	 */
	static boolean startedOver(Entry entry, KubeException failure) {
		if (failure == null || failure.kind() != ErrorKind.EXPIRED) {
			return false;
		}
		entry.children = null;
		entry.source = null;
		entry.stale = true;
		entry.byUser = true;
		return true;
	}

	/** A page arrived (or failed: an error row retries it). */
	static void appended(ExplorerNode node, Entry entry, List<ExplorerNode> page, KubeException failure,
			ResourceQuery query) {
		List<ExplorerNode> shown = LoadEntries.withoutPlaceholder(entry.children);
		shown.addAll(failure == null ? page : List.of(new ErrorNode(node, failure, query)));
		entry.children = ListingOrder.arranged(node, failure == null && entry.followed != null
				? LiveEdits.appended(node, entry.followed.kind(), List.copyOf(shown), entry.beyond)
				: List.copyOf(shown));
	}

	/** The page's load was cancelled: 'Show more…' comes back. */
	static void cancelled(ExplorerNode node, Entry entry, ResourceQuery query) {
		List<ExplorerNode> shown = LoadEntries.withoutPlaceholder(entry.children);
		shown.add(new ShowMoreNode(node, query, -1));
		entry.children = List.copyOf(shown);
	}
}
