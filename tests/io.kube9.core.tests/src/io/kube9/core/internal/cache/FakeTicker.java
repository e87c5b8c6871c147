package io.kube9.core.internal.cache;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import com.google.common.base.Ticker;

/** A ticker that moves only when told: expiry without waiting. */
public final class FakeTicker extends Ticker {

	private final AtomicLong nanos = new AtomicLong();

	@Override
	public long read() {
		return nanos.get();
	}

	public void advance(Duration duration) {
		nanos.addAndGet(duration.toNanos());
	}
}
