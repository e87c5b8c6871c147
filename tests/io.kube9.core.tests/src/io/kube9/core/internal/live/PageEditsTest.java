package io.kube9.core.internal.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.kube9.core.live.ItemChange;
import io.kube9.core.live.ItemChange.Type;
import io.kube9.core.resources.ResourceItem;
import io.kube9.core.resources.ResourceItem.Health;

class PageEditsTest {

	@Test
	void changesApplyInPlaceAndAdditionsTakeTheirPlaceInServerOrder() {
		List<ResourceItem> page = List.of(item("a", "Running"), item("c", "Running"), item("e", "Running"));
		List<ResourceItem> edited = PageEdits.apply(page, List.of(new ItemChange(Type.MODIFIED, item("c", "Failed")),
				new ItemChange(Type.ADDED, item("d", "Pending")), new ItemChange(Type.DELETED, item("a", "Running")),
				new ItemChange(Type.ADDED, item("f", "Pending"))), true);
		assertEquals(List.of("c", "d", "e", "f"), edited.stream().map(ResourceItem::name).toList());
		assertEquals("Failed", edited.get(0).status());
	}

	@Test
	void aPageWithMorePagesAfterItTakesOnlyWhatSortsBeforeItsLastItem() {
		List<ResourceItem> page = List.of(item("b", "Running"), item("d", "Running"));
		List<ResourceItem> edited = PageEdits.apply(page, List.of(new ItemChange(Type.ADDED, item("a", "Pending")),
				new ItemChange(Type.ADDED, item("z", "Pending")), new ItemChange(Type.DELETED, item("y", "Pending"))),
				false);
		assertEquals(List.of("a", "b", "d"), edited.stream().map(ResourceItem::name).toList());
	}

	@Test
	void anAddedItemAlreadyListedReplacesIt() {
		List<ResourceItem> edited = PageEdits.apply(List.of(item("a", "Pending")),
				List.of(new ItemChange(Type.ADDED, item("a", "Running"))), true);
		assertEquals(1, edited.size());
		assertEquals("Running", edited.get(0).status());
	}

	@Test
	void backoffDoublesWithJitterUpToItsMaximum() {
		Backoff backoff = new Backoff(java.time.Duration.ofMillis(1000), java.time.Duration.ofMillis(4000));
		long first = backoff.next().toMillis();
		long second = backoff.next().toMillis();
		long third = backoff.next().toMillis();
		long fourth = backoff.next().toMillis();
		assertBetween(500, 1000, first);
		assertBetween(1000, 2000, second);
		assertBetween(2000, 4000, third);
		assertBetween(2000, 4000, fourth);
		backoff.reset();
		assertBetween(500, 1000, backoff.next().toMillis());
	}

	private static void assertBetween(long low, long high, long value) {
		if (value < low || value > high) {
			throw new AssertionError(value + " not in [" + low + ", " + high + "]");
		}
	}

	private static ResourceItem item(String name, String status) {
		return new ResourceItem(name, "ns", "uid-" + name, null, Map.of(), status, Health.OK);
	}
}
