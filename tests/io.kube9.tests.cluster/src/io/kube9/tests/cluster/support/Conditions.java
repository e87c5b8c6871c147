package io.kube9.tests.cluster.support;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import io.kube9.tests.cluster.internal.Poll;

/**
 * Waits for a condition no event announces (a thread's state, a port refusing, a pod's phase), with a deadline:
 * the tests' door to {@link Poll}, which parks between looks, so that none of them sleeps for a guessed time.
 */
public final class Conditions {

	private static final Duration INTERVAL = Duration.ofMillis(10);

	private Conditions() {
	}

	/** Returns once {@code condition} holds; fails naming {@code what} when it still does not after {@code limit}. */
	public static void await(String what, Duration limit, BooleanSupplier condition) throws InterruptedException {
		try {
			Poll.until(what, limit, INTERVAL, () -> condition.getAsBoolean() ? Boolean.TRUE : null);
		} catch (TimeoutException e) {
			throw new AssertionError(e.getMessage(), e);
		}
	}
}
