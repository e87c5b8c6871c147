package io.kube9.tests.cluster.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import io.kubernetes.client.openapi.ApiClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Waits until kwok has stopped writing pod statuses after a large seed. Once every pod is Running kwok still
 * plays stages for the events it queued while the pods were created and bound: with 50,000 pods the API server
 * counted 81,544 pod status patches, ~330 a second for over a minute after the last pod was Running, which kept
 * both cores busy (kube-apiserver and kwok at 80-100% each). Benchmarks run then timed kwok, not the client. The
 * API server's own request counter says when the writes have stopped.
 */
public final class KwokSettling {

	private static final String COUNTER = "apiserver_request_total{";
	/** The patches of one sample window that still count as settled: the demo's crash loops write now and then. */
	private static final long QUIET_PATCHES = 10;
	private static final Duration WINDOW = Duration.ofSeconds(2);

	private KwokSettling() {
	}

	/** @return how many pod status patches the API server has served so far */
	public static long podStatusPatches(ApiClient admin) throws IOException {
		Request request = new Request.Builder().url(admin.getBasePath() + "/metrics").get().build();
		try (Response response = admin.getHttpClient().newCall(request).execute()) {
			ResponseBody body = response.body();
			if (!response.isSuccessful() || body == null) {
				throw new IOException("GET /metrics answered " + response.code());
			}
			return podStatusPatches(body.string());
		}
	}

	/** Sums the counter's series for pod status patches over every response code. */
	static long podStatusPatches(String metrics) {
		double sum = 0;
		for (String line : metrics.split("\n")) {
			if (line.startsWith(COUNTER) && line.contains("resource=\"pods\"") && line.contains("subresource=\"status\"")
					&& line.contains("verb=\"PATCH\"")) {
				sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1).trim());
			}
		}
		return Math.round(sum);
	}

	/**
	 * Until a window of {@link #WINDOW} sees at most {@link #QUIET_PATCHES} pod status patches.
	 *
	 * @return the patches counted while waiting
	 */
	public static long await(ApiClient admin, Duration timeout) throws InterruptedException {
		long first;
		try {
			first = podStatusPatches(admin);
		} catch (IOException e) {
			throw new IllegalStateException("Cannot read the API server's request counters", e);
		}
		long[] last = { first };
		try {
			// Poll tries at once: the first window has to pass before the first comparison.
			Poll.pause(WINDOW);
			Poll.until("kwok's pod status writes to stop", timeout, WINDOW, () -> {
				long now = podStatusPatches(admin);
				long inWindow = now - last[0];
				last[0] = now;
				return inWindow <= QUIET_PATCHES ? Boolean.TRUE : null;
			});
		} catch (TimeoutException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		return last[0] - first;
	}
}
