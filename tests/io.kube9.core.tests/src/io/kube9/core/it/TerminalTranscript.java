package io.kube9.core.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** What a remote terminal printed, read on a thread of its own; tests wait for a line with a deadline. */
final class TerminalTranscript {

	/** Control sequences (bracketed paste, colours) the shell writes around its lines. */
	private static final Pattern ESCAPES = Pattern.compile("\u001B\\[[0-9;?]*[A-Za-z]|\r"); //$NON-NLS-1$

	private final StringBuilder text = new StringBuilder();
	private boolean ended;

	TerminalTranscript(InputStream output) {
		Thread reader = new Thread(() -> read(output), "terminal transcript"); //$NON-NLS-1$
		reader.setDaemon(true);
		reader.start();
	}

	private void read(InputStream output) {
		byte[] buffer = new byte[4096];
		try {
			for (int n; (n = output.read(buffer)) >= 0;) {
				append(new String(buffer, 0, n, StandardCharsets.UTF_8));
			}
		} catch (IOException e) {
			// The session was closed: the transcript ends here.
		}
		synchronized (this) {
			ended = true;
			notifyAll();
		}
	}

	private synchronized void append(String chunk) {
		text.append(chunk);
		notifyAll();
	}

	/** Waits until a line (control sequences stripped) matches; fails with the transcript at the deadline. */
	synchronized String awaitLine(String what, Duration timeout, Predicate<String> line)
			throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			String found = Arrays.stream(text.toString().split("\n")).map(s -> ESCAPES.matcher(s).replaceAll("")) //$NON-NLS-1$
					.filter(line).findFirst().orElse(null);
			if (found != null) {
				return found;
			}
			long left = deadline - System.nanoTime();
			if (left <= 0 || ended) {
				throw new AssertionError("no " + what + " in the terminal; it showed:\n" + text); //$NON-NLS-1$
			}
			wait(Math.max(1, left / 1_000_000));
		}
	}
}
