package io.kube9.tests.cluster.internal;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * Polls a probe until it answers or a deadline passes. Parks between attempts: nothing under tests/ may
 * sleep, and a deadline turns a hang into a clear failure.
 */
public final class Poll {

	/** One attempt; returns null while the condition does not hold yet. */
	@FunctionalInterface
	public interface Probe<T> {
		T attempt() throws Exception;
	}

	private Poll() {
	}

	public static <T> T until(String what, Duration timeout, Duration interval, Probe<T> probe)
			throws TimeoutException, InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		Exception last = null;
		while (true) {
			try {
				T answer = probe.attempt();
				if (answer != null) {
					return answer;
				}
			} catch (RuntimeException | InterruptedException e) {
				throw e;
			} catch (Exception e) {
				last = e;
			}
			if (System.nanoTime() - deadline >= 0) {
				TimeoutException timedOut = new TimeoutException(what + " not within " + Log.seconds(timeout)
						+ (last == null ? "" : "; last error: " + last));
				if (last != null) {
					timedOut.initCause(last);
				}
				throw timedOut;
			}
			pause(interval);
		}
	}

	/** Waits for the interval without sleeping; an interrupt ends the wait and is reported. */
	public static void pause(Duration interval) throws InterruptedException {
		LockSupport.parkNanos(interval.toNanos());
		if (Thread.interrupted()) {
			throw new InterruptedException();
		}
	}
}
