package io.kube9.core.internal.source;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * RFC 3339 times as the API server writes them. Almost every one is whole seconds in UTC
 * ({@code 2026-11-01T10:00:00Z}, metav1.Time): those are read here digit by digit, about ten times faster than
 * {@link Instant#parse}, which a listing would otherwise call once per item. Any other form (fractions, offsets)
 * goes through {@link Instant#parse}.
 */
final class Rfc3339 {

	private static final int WHOLE_SECONDS_UTC = "2026-11-01T10:00:00Z".length();

	private Rfc3339() {
	}

	/** The instant of a text, or null when it is empty or not a time. */
	static Instant parse(String text) {
		if (text.isEmpty()) {
			return null;
		}
		if (text.length() == WHOLE_SECONDS_UTC) {
			Instant instant = wholeSecondsUtc(text);
			if (instant != null) {
				return instant;
			}
		}
		try {
			return Instant.parse(text);
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	/** {@code yyyy-MM-ddTHH:mm:ssZ}, or null when the text has another form. */
	private static Instant wholeSecondsUtc(String text) {
		if (text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':'
				|| text.charAt(16) != ':' || text.charAt(19) != 'Z') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 2);
		int day = digits(text, 8, 2);
		int hour = digits(text, 11, 2);
		int minute = digits(text, 14, 2);
		int second = digits(text, 17, 2);
		if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
				|| second > 59) {
			return null;
		}
		try {
			long days = LocalDate.of(year, month, day).toEpochDay();
			return Instant.ofEpochSecond(days * 86_400 + hour * 3_600 + minute * 60 + second);
		} catch (DateTimeException e) {
			return null;
		}
	}

	/** The decimal number of {@code length} digits at {@code start}, or -1 when one is not a digit. */
	private static int digits(String text, int start, int length) {
		int value = 0;
		for (int i = start; i < start + length; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + c - '0';
		}
		return value;
	}
}
