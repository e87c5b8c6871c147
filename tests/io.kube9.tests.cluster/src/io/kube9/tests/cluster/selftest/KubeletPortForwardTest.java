package io.kube9.tests.cluster.selftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.KubeletContent;
import io.kube9.tests.cluster.KubeletContent.Container;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kubernetes.client.PortForward;
import io.kubernetes.client.openapi.ApiClient;

/**
 * A pod's port, forwarded through the API server and kwok's kubelet endpoint, reaches the test cluster's
 * small local HTTP server: through the real kubectl and through the Java client.
 */
@WithTestCluster
class KubeletPortForwardTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);
	private static final Container WEB = KubeletContent.STREAMING.where();
	private static final Pattern FORWARDING = Pattern.compile("Forwarding from 127\\.0\\.0\\.1:(\\d+) -> 8080");

	@TempDir
	Path cache;

	@Test
	void kubectlForwardsAPortToTheLocalServer(TestCluster cluster) throws Exception {
		// Port 0: kubectl picks a free local port and says which.
		try (KubectlProcess forward = KubectlProcess.kubectl(cache, cluster.kubeconfigs().all(), Contexts.ADMIN,
				"port-forward", "-n", WEB.namespace(), "pod/" + ContainerPods.first(cluster, WEB), ":8080")) {
			Matcher forwarding = FORWARDING.matcher(forward.awaitLine("the local port", TIMEOUT,
					line -> FORWARDING.matcher(line).find()));
			assertTrue(forwarding.find());
			int port = Integer.parseInt(forwarding.group(1));

			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
			for (String path : List.of("/hello", "/again")) {
				HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
						+ path)).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
				assertEquals(200, answer.statusCode());
				assertEquals(KubeletContent.portForwardAnswer("GET", path), answer.body());
			}
		}
	}

	@Test
	void theClientForwardsAPortToo(TestCluster cluster) throws Exception {
		ApiClient client = cluster.client(Contexts.ADMIN, Duration.ofSeconds(5), Duration.ofSeconds(30));
		PortForward.PortForwardResult forward = new PortForward(client).forward(WEB.namespace(),
				ContainerPods.first(cluster, WEB), List.of(8080));
		try {
			OutputStream out = forward.getOutboundStream(8080);
			out.write("GET /client HTTP/1.0\r\nHost: pod\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = forward.getInputStream(8080);
			String answer = KubeletContent.portForwardAnswer("GET", "/client");
			CompletableFuture<String> response = CompletableFuture.supplyAsync(() -> readUntil(in, answer));
			String text = response.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
			assertTrue(text.startsWith("HTTP/1.0 200 OK"), text);
			assertTrue(text.endsWith("\r\n\r\n" + answer), text);
		} finally {
			forward.close();
		}
	}

	/**
	 * Until the text ends with the expected end. The client's stream does not end when the server closes the
	 * connection (the WebSocket stays open), so reading to the end of the stream would wait forever.
	 */
	private static String readUntil(InputStream input, String end) {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			byte[] buffer = new byte[4096];
			while (!bytes.toString(StandardCharsets.UTF_8).endsWith(end)) {
				int read = input.read(buffer);
				if (read < 0) {
					break;
				}
				bytes.write(buffer, 0, read);
			}
			return bytes.toString(StandardCharsets.UTF_8);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
