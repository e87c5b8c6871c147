package io.kube9.benchmarks.scenarios;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.kube9.benchmarks.measure.Figure;
import io.kube9.benchmarks.measure.Measurement;
import io.kube9.benchmarks.measure.Repetitions;
import io.kube9.benchmarks.measure.Results;
import io.kube9.benchmarks.measure.Samples;
import io.kube9.benchmarks.measure.Trial;
import io.kube9.benchmarks.support.Forwarding;
import io.kube9.benchmarks.support.HttpProbe;

/**
 * One way of forwarding a pod's HTTP port, measured: start to the first byte of a GET, GETs per second over one
 * forward, 1,000 sequential connections and 20 parallel ones (how many failed, how long they took). Each GET is a
 * new TCP connection, so each is a new stream through the forward. Failures are counted, never asserted.
 */
public final class ForwardScenario {

	/** One GET; beyond it the attempt counts as failed. */
	private static final Duration GET_LIMIT = Duration.ofSeconds(10);
	private static final int SEQUENTIAL = 1_000;
	private static final int PARALLEL = 20;

	private final String id;
	private final String variant;
	private final Forwarding forwarding;
	private final Results results;

	/** @param id the prefix of every row's id: {@code forward.kubectl}, {@code forward.client} */
	public ForwardScenario(String id, String variant, Forwarding forwarding, Results results) {
		this.id = id;
		this.variant = variant;
		this.forwarding = forwarding;
		this.results = results;
	}

	public static String firstByteId(String id) {
		return id + ".first-byte";
	}

	public static String getId(String id) {
		return id + ".get";
	}

	public void run() throws Exception {
		firstByte();
		try (Forwarding.Open forward = forwarding.start()) {
			int port = forward.localPort();
			throughput(port, Math.max(50, scaled(200)));
			sequential(port);
			parallel(port, Math.max(5, scaled(50)));
		}
	}

	/** Start a forward, GET through it, first byte of the answer; the forward is stopped before the next. */
	private void firstByte() throws Exception {
		List<Forwarding.Open> started = new ArrayList<>();
		try {
			results.time(firstByteId(id), Labels.FORWARD_FIRST_BYTE, variant, Repetitions.MEDIUM,
					Trial.of(() -> stopAll(started), () -> {
						Forwarding.Open forward = forwarding.start();
						started.add(forward);
						HttpProbe.get(forward.localPort(), "/first", GET_LIMIT);
					}));
		} finally {
			stopAll(started);
		}
	}

	/** GETs per second; a failed GET counts as none (and the note says how many failed). */
	private void throughput(int port, int count) {
		for (int i = 0; i < 10; i++) {
			attempt(port, "/warm"); // connections and the JIT warm, not counted
		}
		int failures = 0;
		long start = System.nanoTime();
		for (int i = 0; i < count; i++) {
			failures += attempt(port, "/throughput/" + i) ? 0 : 1;
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		results.add(new Figure(id + ".throughput", Labels.FORWARD_THROUGHPUT + ", " + variant,
				(count - failures) / seconds, "GET/s", count + " sequential GETs over one forward, a new connection each"
						+ (failures == 0 ? "" : "; " + failures + " failed")));
	}

	private static boolean attempt(int port, String path) {
		try {
			HttpProbe.get(port, path, GET_LIMIT);
			return true;
		} catch (Exception e) {
			return false;
		}
	}

	/** 1,000 GETs one after the other; each successful one's time is a sample of a GET over an open forward. */
	private void sequential(int port) throws Exception {
		List<Long> times = new ArrayList<>(SEQUENTIAL);
		int failures = 0;
		long start = System.nanoTime();
		for (int i = 0; i < SEQUENTIAL; i++) {
			long one = System.nanoTime();
			try {
				HttpProbe.get(port, "/sequential/" + i, GET_LIMIT);
				times.add(System.nanoTime() - one);
			} catch (Exception e) {
				failures++;
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		if (!times.isEmpty()) {
			results.add(new Measurement(getId(id), Labels.FORWARD_GET, variant, new Samples(times)));
		}
		results.add(new Figure(id + ".sequential.failures", Labels.FORWARD_SEQUENTIAL + ", " + variant + ": failures",
				failures, "failed", String.format(Locale.ROOT, "of %d GETs, one connection after the other, in %.1f s",
						SEQUENTIAL, seconds)));
		results.add(new Figure(id + ".sequential.time", Labels.FORWARD_SEQUENTIAL + ", " + variant + ": time",
				seconds, "s", SEQUENTIAL + " GETs, failed ones included"));
	}

	/** 20 clients at once, {@code each} GETs apiece. */
	private void parallel(int port, int each) throws Exception {
		AtomicInteger failures = new AtomicInteger();
		ExecutorService clients = Executors.newFixedThreadPool(PARALLEL);
		List<Future<?>> done = new ArrayList<>();
		long start = System.nanoTime();
		try {
			for (int c = 0; c < PARALLEL; c++) {
				int client = c;
				done.add(clients.submit(() -> {
					for (int i = 0; i < each; i++) {
						if (!attempt(port, "/parallel/" + client + "/" + i)) {
							failures.incrementAndGet();
						}
					}
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
		} finally {
			clients.shutdownNow();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		int total = PARALLEL * each;
		results.add(new Figure(id + ".parallel.failures", Labels.FORWARD_PARALLEL + ", " + variant + ": failures",
				failures.get(), "failed", String.format(Locale.ROOT, "of %d GETs (%d clients x %d), in %.1f s", total,
						PARALLEL, each, seconds)));
		results.add(new Figure(id + ".parallel.time", Labels.FORWARD_PARALLEL + ", " + variant + ": time", seconds,
				"s", String.format(Locale.ROOT, "%.0f GET/s", total / seconds)));
	}

	private static void stopAll(List<Forwarding.Open> started) {
		started.forEach(Forwarding.Open::close);
		started.clear();
	}

	private static int scaled(int count) {
		return (int) Math.round(count * Double.parseDouble(System.getProperty(Repetitions.SCALE_PROPERTY, "1")));
	}
}
