package io.kube9.tests.cluster.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.kube9.tests.cluster.KubeletContent;

/**
 * kube9-pod-backend (tests/kwok): writes the streaming container log and answers port-forwarded HTTP
 * requests on a loopback port, what {@link KubeletContent} promises.
 */
final class PodBackendProcess {

	private static final Duration READY_TIMEOUT = Duration.ofSeconds(10);

	private PodBackendProcess() {
	}

	static ServerProcess spawn(Path binDir, ClusterFiles files, int port) throws IOException {
		return ServerProcess.spawn(Component.POD_BACKEND, binDir, files,
				List.of("--log=" + PodFiles.streamingLog(files),
						"--interval=" + KubeletContent.STREAMING.interval().toMillis() + "ms",
						"--listen=127.0.0.1:" + port),
				null);
	}

	static ServerProcess.Started awaitReady(ServerProcess backend, int port) throws InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ready"))
				.timeout(Duration.ofSeconds(2)).build();
		return backend.awaitReady(port, READY_TIMEOUT,
				() -> http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
	}
}
