package io.kube9.ui.internal.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.kube9.core.resources.EventOrder;
import io.kube9.ui.internal.tree.EventsNode;
import io.kube9.ui.internal.tree.ExplorerNode;
import io.kube9.ui.internal.tree.ResourceNode;

/**
 * The order a listing shows its rows in: the server's (namespace, then name), except a namespace's Events, newest
 * first. What follows the rows ('Show more…', a failed page, 'Loading…') stays after them.
 * <p>
 * Events are listed and paged in the server's order; the rows loaded so far are shown newest first, and a page or a
 * live change that arrives takes its place among them.
 */
final class ListingOrder {

	private static final Comparator<ResourceNode> NEWEST_FIRST = Comparator.comparing(ResourceNode::item,
			Comparator.nullsLast(EventOrder.NEWEST_FIRST));

	private ListingOrder() {
	}

	/** The children in the listing's order (the same list when it keeps the server's). */
	static List<ExplorerNode> arranged(ExplorerNode listing, List<ExplorerNode> children) {
		if (!(listing instanceof EventsNode)) {
			return children;
		}
		ListingRows split = ListingRows.of(children);
		List<ResourceNode> rows = split.rows();
		List<ExplorerNode> tail = split.tail();
		rows.sort(NEWEST_FIRST);
		List<ExplorerNode> arranged = new ArrayList<>(children.size());
		arranged.addAll(rows);
		arranged.addAll(tail);
		return List.copyOf(arranged);
	}

	/** Whether an item's place depends on what it says, not only on its name: a changed row may move. */
	static boolean ordersByContent(ExplorerNode listing) {
		return listing instanceof EventsNode;
	}
}
