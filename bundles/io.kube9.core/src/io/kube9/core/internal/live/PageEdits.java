package io.kube9.core.internal.live;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.kube9.core.live.ItemChange;
import io.kube9.core.resources.ResourceItem;

/**
 * Applies watch changes to the items of a listed page, the way the server would list them: changed and deleted
 * items in place, added ones at their place in the server's order (namespace, then name). A page that has more
 * pages after it takes only the additions that sort before its last item: the others belong to a later page.
 */
public final class PageEdits {

	/** The server's list order: by namespace, then name. */
	public static final Comparator<ResourceItem> ORDER = Comparator.comparing(ItemChange::keyOf);

	private PageEdits() {
	}

	public static List<ResourceItem> apply(List<ResourceItem> items, List<ItemChange> changes, boolean lastPage) {
		List<ResourceItem> result = new ArrayList<>(items);
		for (ItemChange change : changes) {
			int at = indexOf(result, change.key());
			switch (change.type()) {
			case DELETED -> {
				if (at >= 0) {
					result.remove(at);
				}
			}
			case ADDED, MODIFIED -> {
				if (at >= 0) {
					result.set(at, change.item());
				} else if (lastPage || !result.isEmpty()
						&& ORDER.compare(change.item(), result.get(result.size() - 1)) < 0) {
					result.add(insertionPoint(result, change.item()), change.item());
				}
			}
			}
		}
		return result;
	}

	private static int indexOf(List<ResourceItem> items, String key) {
		for (int i = 0; i < items.size(); i++) {
			if (ItemChange.keyOf(items.get(i)).equals(key)) {
				return i;
			}
		}
		return -1;
	}

	/** After every item that sorts before it (a list not in server order still gets it at a stable place). */
	private static int insertionPoint(List<ResourceItem> items, ResourceItem item) {
		int at = items.size();
		while (at > 0 && ORDER.compare(items.get(at - 1), item) > 0) {
			at--;
		}
		return at;
	}
}
