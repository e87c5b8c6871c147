package io.kube9.core.internal.live;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Delays between reconnection attempts: doubling from {@code initial} up to {@code maximum}, each drawn between
 * half and all of it, so that the watches of many IDEs do not return to a recovering API server in step.
 */
final class Backoff {

	private final Duration initial;
	private final Duration maximum;
	private Duration next;

	Backoff(Duration initial, Duration maximum) {
		this.initial = initial;
		this.maximum = maximum;
		this.next = initial;
	}

	synchronized Duration next() {
		Duration base = next;
		Duration doubled = next.multipliedBy(2);
		next = doubled.compareTo(maximum) > 0 ? maximum : doubled;
		long millis = base.toMillis();
		return Duration.ofMillis(millis / 2 + ThreadLocalRandom.current().nextLong(millis / 2 + 1));
	}

	synchronized void reset() {
		next = initial;
	}
}
