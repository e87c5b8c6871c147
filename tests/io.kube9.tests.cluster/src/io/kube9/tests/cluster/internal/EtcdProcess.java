package io.kube9.tests.cluster.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** etcd for one cluster: loopback only, no fsync (test data), ready when /health says so. */
public final class EtcdProcess {

	private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);

	/** The running etcd: its client port and its process, plus the watchdog guarding it. */
	public record Started(int clientPort, RecordedProcess process, RecordedProcess watchdog) {
	}

	private EtcdProcess() {
	}

	public static Started start(Path binDir, ClusterFiles files, long ownerPid)
			throws IOException, InterruptedException, StartFailure {
		int[] ports = FreePorts.next(2);
		String client = "http://127.0.0.1:" + ports[0];
		String peer = "http://127.0.0.1:" + ports[1];
		Path binary = binDir.resolve("etcd");
		Path log = files.log("etcd");
		Process process = ChildProcess.start(List.of(binary.toString(), "--name=kube9-test",
				"--data-dir=" + files.etcdData(), "--listen-client-urls=" + client,
				"--advertise-client-urls=" + client, "--listen-peer-urls=" + peer,
				"--initial-advertise-peer-urls=" + peer, "--initial-cluster=kube9-test=" + peer,
				"--unsafe-no-fsync=true", "--log-level=warn"), log);
		RecordedProcess recorded = RecordedProcess.of(process, binary.toString());
		RecordedProcess watchdog = Watchdog.guard(ownerPid, process, files.log("watchdog"));
		Started started = new Started(ports[0], recorded, watchdog);
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest health = HttpRequest.newBuilder(URI.create(client + "/health")).timeout(Duration.ofSeconds(2))
				.build();
		ChildProcess.awaitReady("etcd", process, recorded, log, READY_TIMEOUT, () -> {
			HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
			return answer.statusCode() == 200 && answer.body().contains("true");
		});
		return started;
	}
}
