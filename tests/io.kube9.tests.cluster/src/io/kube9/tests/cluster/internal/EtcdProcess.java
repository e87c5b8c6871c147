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
final class EtcdProcess {

	private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);

	private EtcdProcess() {
	}

	/** Started, not yet ready: etcd needs no certificates, so it comes up while they are made. */
	record Spawned(ServerProcess process, int clientPort) {

		ServerProcess.Started awaitReady() throws InterruptedException {
			String client = "http://127.0.0.1:" + clientPort;
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
			HttpRequest health = HttpRequest.newBuilder(URI.create(client + "/health")).timeout(Duration.ofSeconds(2))
					.build();
			return process.awaitReady(clientPort, READY_TIMEOUT, () -> {
				HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
				return answer.statusCode() == 200 && answer.body().contains("true");
			});
		}
	}

	static Spawned spawn(Path binDir, ClusterFiles files) throws IOException {
		int[] ports = FreePorts.next(2);
		String client = "http://127.0.0.1:" + ports[0];
		String peer = "http://127.0.0.1:" + ports[1];
		ServerProcess etcd = ServerProcess.spawn(Component.ETCD, binDir, files, List.of("--name=kube9-test",
				"--data-dir=" + files.etcdData(), "--listen-client-urls=" + client,
				"--advertise-client-urls=" + client, "--listen-peer-urls=" + peer,
				"--initial-advertise-peer-urls=" + peer, "--initial-cluster=kube9-test=" + peer,
				"--unsafe-no-fsync=true", "--log-level=warn"), null);
		return new Spawned(etcd, ports[0]);
	}
}
