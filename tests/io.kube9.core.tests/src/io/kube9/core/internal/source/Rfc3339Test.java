package io.kube9.core.internal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Whole-second UTC times read fast give what {@link Instant#parse} gives; every other form still reads. */
class Rfc3339Test {

	@Test
	void wholeSecondsInUtcAsInstantParseReadsThem() {
		for (String text : new String[] { "2026-11-01T10:00:00Z", "1970-01-01T00:00:00Z", "2024-02-29T23:59:59Z",
				"0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "1969-12-31T23:59:59Z" }) {
			assertEquals(Instant.parse(text), Rfc3339.parse(text), text);
		}
	}

	@Test
	void otherFormsGoThroughInstantParse() {
		assertEquals(Instant.parse("2026-11-01T10:00:00.123456Z"), Rfc3339.parse("2026-11-01T10:00:00.123456Z"));
		assertEquals(Instant.parse("2026-11-01T10:00:00+02:00"), Rfc3339.parse("2026-11-01T10:00:00+02:00"));
		assertEquals(Instant.parse("2026-12-31T23:59:60Z"), Rfc3339.parse("2026-12-31T23:59:60Z"), "a leap second");
		assertEquals(Instant.parse("2026-11-01T24:00:00Z"), Rfc3339.parse("2026-11-01T24:00:00Z"), "the day's end");
	}

	@Test
	void noTimeIsNull() {
		assertNull(Rfc3339.parse(""));
		assertNull(Rfc3339.parse("not a time at all!!!"));
		assertNull(Rfc3339.parse("2026-02-30T10:00:00Z"), "no such day");
		assertNull(Rfc3339.parse("2026-13-01T10:00:00Z"), "no such month");
		assertNull(Rfc3339.parse("2026-11-01 10:00:00Z"));
		assertNull(Rfc3339.parse("20x6-11-01T10:00:00Z"));
	}
}
