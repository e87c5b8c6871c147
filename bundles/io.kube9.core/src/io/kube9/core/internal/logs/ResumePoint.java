package io.kube9.core.internal.logs;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Where a log stream stopped, so that it resumes without repeating a line. The server is asked for timestamps;
 * a resumed stream starts at the last line's time (the kubelet rounds it down to the second), and lines older
 * than that, or as old but already delivered, are skipped.
 */
final class ResumePoint {

	private Instant last;
	private int deliveredAtLast;
	private int seenAtLast;

	/** A new connection starts: its lines are compared with what was delivered before. */
	void reconnected() {
		seenAtLast = 0;
	}

	/** Whether a line with this time is new; it counts as delivered when it is. */
	boolean isNew(Instant time) {
		if (last == null || time.isAfter(last)) {
			last = time;
			deliveredAtLast = 1;
			seenAtLast = 1;
			return true;
		}
		if (time.isBefore(last)) {
			return false;
		}
		seenAtLast++;
		if (seenAtLast <= deliveredAtLast) {
			return false;
		}
		deliveredAtLast = seenAtLast;
		return true;
	}

	/** The time to resume from, or null when nothing was delivered yet. */
	Instant since() {
		return last;
	}

	/** The time at the start of a line the server timestamped ("2006-01-02T15:04:05.999999999Z text"), or null. */
	static Instant timeOf(String line) {
		int space = line.indexOf(' ');
		if (space < 20) {
			return null;
		}
		String stamp = line.substring(0, space);
		try {
			return Instant.parse(stamp);
		} catch (DateTimeParseException e) {
			try {
				return OffsetDateTime.parse(stamp).toInstant();
			} catch (DateTimeParseException notATime) {
				return null;
			}
		}
	}

	/** The line without its timestamp. */
	static String withoutTime(String line) {
		int space = line.indexOf(' ');
		return space < 0 ? line : line.substring(space + 1);
	}
}
