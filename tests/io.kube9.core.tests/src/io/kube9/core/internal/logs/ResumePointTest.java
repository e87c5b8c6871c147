package io.kube9.core.internal.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** A resumed stream repeats lines from the start of the last second: exactly those already delivered are skipped. */
class ResumePointTest {

	private static final Instant T1 = Instant.parse("2026-12-01T10:00:00.100Z");
	private static final Instant T2 = Instant.parse("2026-12-01T10:00:00.200Z");
	private static final Instant T3 = Instant.parse("2026-12-01T10:00:00.300Z");

	@Test
	void skipsWhatWasDeliveredAndKeepsWhatIsNew() {
		ResumePoint point = new ResumePoint();
		assertNull(point.since());
		assertTrue(point.isNew(T1));
		assertTrue(point.isNew(T2));
		assertTrue(point.isNew(T2)); // two lines written in the same nanosecond
		assertEquals(T2, point.since());

		point.reconnected();
		assertFalse(point.isNew(T1));
		assertFalse(point.isNew(T2));
		assertFalse(point.isNew(T2));
		assertTrue(point.isNew(T2)); // a third line of that instant, written while the stream was down
		assertTrue(point.isNew(T3));
		assertEquals(T3, point.since());
	}

	@Test
	void readsTheServersTimestamps() {
		assertEquals(Instant.parse("2026-12-01T10:00:00.123456789Z"),
				ResumePoint.timeOf("2026-12-01T10:00:00.123456789Z seq=1 GET /orders/1 200"));
		assertEquals(Instant.parse("2026-12-01T10:00:00Z"), ResumePoint.timeOf("2026-12-01T10:00:00+00:00 x"));
		assertNull(ResumePoint.timeOf("no timestamp here"));
		assertEquals("seq=1 GET", ResumePoint.withoutTime("2026-12-01T10:00:00Z seq=1 GET"));
	}
}
