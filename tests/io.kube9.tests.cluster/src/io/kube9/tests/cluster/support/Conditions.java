package io.kube9.tests.cluster.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for a condition no event announces (a thread's state, a thread ending), with a deadline: the one place
 * tests poll, so that none of them sleeps for a guessed time.
 */
public final class Conditions {

	private static final long POLL_MILLIS = 10;

	private Conditions() {
	}

	/** Returns once {@code condition} holds; fails naming {@code what} when it still does not after {@code limit}. */
	public static void await(String what, Duration limit, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError(what + " did not happen within " + limit.toSeconds() + " s");
			}
			Thread.sleep(POLL_MILLIS);
		}
	}
}
