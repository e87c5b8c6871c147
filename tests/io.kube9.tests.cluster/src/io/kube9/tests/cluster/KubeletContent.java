package io.kube9.tests.cluster;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the simulated kubelets (kwok) answer for the pods of a test cluster, so tests of logs, shells and
 * port-forwards can assert against it. The pods of the demo seed's workloads are found by label ({@code app=}
 * the workload's name) in their namespace; their container is named like the workload.
 * <ul>
 * <li>Logs: {@link #STREAMING} (a new line every 100 ms), {@link #CRASHING} (a current and a previous
 * instance), {@link #LARGE} (several MB); every other container of every cluster shows {@link #DEFAULT_LOG}.
 * <li>Exec: every container of every pod runs the command on the test machine, in the cluster's sandbox folder
 * (a real shell, with a real TTY when one is asked for), where {@link #SANDBOX_FILE} holds
 * {@link #SANDBOX_FILE_CONTENT}.
 * <li>Port-forward: every port of every pod reaches a small local HTTP server that answers
 * {@link #portForwardAnswer(String, String)}.
 * </ul>
 */
public final class KubeletContent {

	/** A workload's container and where its pods are. */
	public record Container(String namespace, String app, String container) {

		/** For -l / labelSelector. */
		public String labelSelector() {
			return "app=" + app;
		}
	}

	/**
	 * A log that grows while you read it. Each line's text matches {@code line}, whose group 1 is a sequence
	 * number one higher than the line before (it restarts at 1 when the cluster starts).
	 */
	public record StreamingLog(Container where, Duration interval, Pattern line) {
	}

	/** The crash-looping container's log: what its running instance wrote, and what the one before wrote. */
	public record CrashingLog(Container where, List<String> current, List<String> previous) {
	}

	/** A log of {@code lines} lines, {@link #line(int)} each (from 1), written at cluster start. */
	public record LargeLog(Container where, int lines) {

		public String line(int number) {
			String digits = Integer.toString(number);
			String block = digits.length() >= 6 ? digits : "000000".substring(digits.length()) + digits;
			return "ts=2025-01-01T00:00:00Z level=info component=tsdb msg=\"compact blocks\" block=" + block
					+ " series=" + (1000 + number % 997);
		}

		public String lastLine() {
			return line(lines);
		}
	}

	public static final StreamingLog STREAMING = new StreamingLog(new Container("default", "web", "web"),
			Duration.ofMillis(100), Pattern.compile("seq=(\\d+) GET /orders/\\1 200"));

	public static final CrashingLog CRASHING = new CrashingLog(new Container("team-a", "worker", "worker"),
			List.of("worker 2.4.1 starting", "connecting to amqp://queue.team-a:5672"),
			List.of("worker 2.4.1 starting", "connecting to amqp://queue.team-a:5672", "consumed job 41",
					"panic: connection reset by peer"));

	/** About 4.5 MB. */
	public static final LargeLog LARGE = new LargeLog(new Container("monitoring", "prometheus", "prometheus"), 40_000);

	/** The log of every container not named above. */
	public static final List<String> DEFAULT_LOG = List.of("kube9 test cluster: container started",
			"listening on :8080");

	/** A file in the folder exec commands run in. */
	public static final String SANDBOX_FILE = "README";
	public static final String SANDBOX_FILE_CONTENT = "kube9 test cluster sandbox: exec runs here, on the test machine\n";

	private static final String ANSWER_PREFIX = "kube9 port-forward target: ";

	private KubeletContent() {
	}

	/** The body a port-forwarded HTTP request gets back, e.g. "kube9 port-forward target: GET /hello\n". */
	public static String portForwardAnswer(String method, String path) {
		return ANSWER_PREFIX + method + " " + path + "\n";
	}
}
