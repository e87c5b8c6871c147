package io.kube9.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.kube9.ui.internal.view.RowDiff;
import io.kube9.ui.internal.view.RowDiff.Kept;

/** A node's rows turned into its new children by removals and insertions, rows kept untouched. */
class RowDiffTest {

	@Test
	void aPageAppendedReplacesOnlyTheLastRow() {
		RowDiff diff = RowDiff.between(List.of("a", "b", "more"), List.of("a", "b", "c", "d", "more2"));
		assertEquals(List.of(2), diff.removed());
		assertEquals(List.of(2, 3, 4), diff.inserted());
		assertEquals(List.of(), diff.replaced());
	}

	@Test
	void rowsGoAndComeAroundTheOnesThatStay() {
		RowDiff diff = RowDiff.between(List.of("a", "b", "c", "d"), List.of("x", "a", "c", "d", "e"));
		assertEquals(List.of(1), diff.removed());
		assertEquals(List.of(0, 4), diff.inserted());
	}

	@Test
	void aRowReplacedByAnEqualObjectIsKeptAndNamed() {
		String replacement = new String("b");
		RowDiff diff = RowDiff.between(List.of("a", "b"), List.of("a", replacement));
		assertEquals(List.of(), diff.removed());
		assertEquals(List.of(), diff.inserted());
		assertEquals(1, diff.replaced().size());
		Kept kept = diff.replaced().get(0);
		assertEquals(1, kept.row());
		assertEquals(replacement, kept.element());
		assertNotSame("b", kept.element(), "the new object, not the one shown");
	}

	@Test
	void rowsKeptInAnotherOrderHaveNoDiff() {
		assertNull(RowDiff.between(List.of("a", "b", "c"), List.of("c", "a", "b")));
	}

	@Test
	void anElementTwiceHasNoDiff() {
		assertNull(RowDiff.between(List.of("a", "a"), List.of("a")));
		assertNull(RowDiff.between(List.of("a"), List.of("a", "a")));
	}
}
