package io.kube9.core.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

import io.kube9.core.live.ItemChange;
import io.kube9.core.live.ListingListener;
import io.kube9.core.resources.ResourceItem;
import io.kube9.core.resources.ResourcePage;

/** What a followed listing shows, built from what core tells it, as a view would; waits on conditions. */
final class LiveListingRecorder implements ListingListener {

	static final Duration DEADLINE = Duration.ofSeconds(45);

	private final Map<String, ResourceItem> items = new TreeMap<>();
	private int relists;
	private int changes;
	private ResourcePage lastRelisted;

	LiveListingRecorder(ResourcePage listed) {
		listed.items().forEach(item -> items.put(ItemChange.keyOf(item), item));
	}

	@Override
	public synchronized void changed(List<ItemChange> batch) {
		for (ItemChange change : batch) {
			changes++;
			if (change.type() == ItemChange.Type.DELETED) {
				items.remove(change.key());
			} else {
				items.put(change.key(), change.item());
			}
		}
	}

	/** A further page the view loaded ("Show more"). */
	synchronized void appended(ResourcePage page) {
		page.items().forEach(item -> items.put(ItemChange.keyOf(item), item));
	}

	@Override
	public synchronized void relisted(ResourcePage pagesShown) {
		relists++;
		lastRelisted = pagesShown;
		items.clear();
		pagesShown.items().forEach(item -> items.put(ItemChange.keyOf(item), item));
	}

	@Override
	public synchronized int shownItems() {
		return items.size();
	}

	synchronized ResourcePage lastRelisted() {
		return lastRelisted;
	}

	synchronized List<String> names() {
		return items.values().stream().map(ResourceItem::name).toList();
	}

	synchronized ResourceItem item(String name) {
		return items.values().stream().filter(item -> item.name().equals(name)).findFirst().orElse(null);
	}

	synchronized int relists() {
		return relists;
	}

	synchronized int changes() {
		return changes;
	}

	/** Waits until the condition holds on what the listing shows, or fails with what it showed. */
	void until(String what, Predicate<LiveListingRecorder> condition) {
		long deadline = System.nanoTime() + DEADLINE.toNanos();
		while (!condition.test(this)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("not within " + DEADLINE.toSeconds() + " s: " + what + "; shown: "
						+ new ArrayList<>(names()) + ", relists " + relists());
			}
			LockSupport.parkNanos(20_000_000);
		}
	}

	static void until(String what, java.util.function.BooleanSupplier condition) {
		long deadline = System.nanoTime() + DEADLINE.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("not within " + DEADLINE.toSeconds() + " s: " + what);
			}
			LockSupport.parkNanos(20_000_000);
		}
	}
}
