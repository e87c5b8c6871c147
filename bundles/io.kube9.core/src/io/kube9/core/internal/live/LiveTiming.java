package io.kube9.core.internal.live;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long watches run and wait. Defaults as client-go's reflector has them (a server-side timeout between 5 and
 * 10 minutes); system properties shorten them for tests.
 *
 * @param minimumWatch   the shortest server-side timeout of a watch; each is drawn between it and twice it
 * @param silenceMargin  how much longer than its timeout a watch may stay silent before it counts as dead
 * @param initialBackoff the first wait before reconnecting
 * @param maximumBackoff the longest wait between reconnection attempts
 * @param minimumPoll    the shortest interval between two polls of a listing
 */
public record LiveTiming(Duration minimumWatch, Duration silenceMargin, Duration initialBackoff,
		Duration maximumBackoff, Duration minimumPoll) {

	public static LiveTiming fromSystemProperties() {
		return new LiveTiming(Duration.ofSeconds(Long.getLong("kube9.live.watchTimeoutSeconds", 300)),
				Duration.ofSeconds(Long.getLong("kube9.live.silenceMarginSeconds", 30)),
				Duration.ofMillis(Long.getLong("kube9.live.initialBackoffMillis", 1000)),
				Duration.ofMillis(Long.getLong("kube9.live.maximumBackoffMillis", 30_000)),
				Duration.ofMillis(Long.getLong("kube9.live.minimumPollMillis", 2000)));
	}

	/** One watch's server-side timeout, jittered so that watches do not all end (and relist) together. */
	long watchTimeoutSeconds() {
		long minimum = Math.max(1, minimumWatch.toSeconds());
		return minimum + ThreadLocalRandom.current().nextLong(minimum + 1);
	}
}
