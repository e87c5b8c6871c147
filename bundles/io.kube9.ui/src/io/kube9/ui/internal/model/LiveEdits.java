package io.kube9.ui.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.kube9.core.live.ItemChange;
import io.kube9.core.resources.ResourceKind;
import io.kube9.ui.internal.tree.ErrorNode;
import io.kube9.ui.internal.tree.ExplorerNode;
import io.kube9.ui.internal.tree.LoadingNode;
import io.kube9.ui.internal.tree.ResourceNode;
import io.kube9.ui.internal.tree.ShowMoreNode;

/**
 * A watch's changes applied to the children a listing shows, in place: changed items keep their row, deleted ones
 * leave theirs, added ones take their place in the server's order (namespace, then name). Nothing else moves.
 * <p>
 * A listing shown in pages has not loaded what sorts after its last row; the pages still to come were cut from the
 * list as it was when the first page was read. Changes of items there wait in {@code beyond} and are applied to
 * each page as it arrives, so that pages show what is there now, not what was.
 */
final class LiveEdits {

	/**
	 * @param children   what the listing shows now
	 * @param structural whether rows were added or removed (the node's children must be read again)
	 * @param updated    rows whose item changed in place (only their labels need redrawing)
	 */
	record Result(List<ExplorerNode> children, boolean structural, List<ExplorerNode> updated) {
	}

	private LiveEdits() {
	}

	static Result apply(ExplorerNode parent, ResourceKind kind, List<ExplorerNode> children, List<ItemChange> changes,
			Map<String, ItemChange> beyond) {
		ListingRows split = ListingRows.of(children);
		List<ResourceNode> rows = split.rows();
		List<ExplorerNode> tail = split.tail();
		boolean complete = tail.stream().noneMatch(child -> child instanceof ShowMoreNode
				|| child instanceof LoadingNode || child instanceof ErrorNode error && error.failedPage() != null);
		boolean structural = false;
		List<ExplorerNode> updated = new ArrayList<>();
		for (ItemChange change : changes) {
			String key = change.key();
			int at = indexOf(rows, key);
			if (change.type() == ItemChange.Type.DELETED) {
				if (at >= 0) {
					rows.remove(at);
					structural = true;
				} else if (!complete) {
					beyond.put(key, change);
				}
				continue;
			}
			ResourceNode row = ResourceNode.of(parent, kind, change.item());
			if (at >= 0) {
				rows.set(at, row);
				updated.removeIf(row::equals);
				updated.add(row);
			} else if (complete || !rows.isEmpty() && key.compareTo(lastKey(rows)) < 0) {
				rows.add(insertionPoint(rows, key), row);
				beyond.remove(key);
				structural = true;
			} else {
				beyond.put(key, change);
			}
		}
		List<ExplorerNode> result = new ArrayList<>(rows.size() + tail.size());
		result.addAll(rows);
		result.addAll(tail);
		return new Result(List.copyOf(result), structural, updated);
	}

	/** A page just appended: the changes that waited for it apply to it now; the rest wait on. */
	static List<ExplorerNode> appended(ExplorerNode parent, ResourceKind kind, List<ExplorerNode> children,
			Map<String, ItemChange> beyond) {
		if (beyond.isEmpty()) {
			return children;
		}
		List<ItemChange> waiting = new ArrayList<>(beyond.values());
		beyond.clear();
		return apply(parent, kind, children, waiting, beyond).children();
	}

	static String key(ResourceNode row) {
		return (row.namespace() == null ? "" : row.namespace()) + "/" + row.name();
	}

	/**
	 * The greatest key shown: where the server's pages shown so far end. The last row's, unless the listing shows
	 * its rows in another order (events, newest first).
	 */
	private static String lastKey(List<ResourceNode> rows) {
		String last = key(rows.get(rows.size() - 1));
		for (ResourceNode row : rows) {
			String key = key(row);
			if (key.compareTo(last) > 0) {
				last = key;
			}
		}
		return last;
	}

	private static int indexOf(List<ResourceNode> rows, String key) {
		for (int i = 0; i < rows.size(); i++) {
			if (key(rows.get(i)).equals(key)) {
				return i;
			}
		}
		return -1;
	}

	private static int insertionPoint(List<ResourceNode> rows, String key) {
		int at = rows.size();
		while (at > 0 && key(rows.get(at - 1)).compareTo(key) > 0) {
			at--;
		}
		return at;
	}
}
