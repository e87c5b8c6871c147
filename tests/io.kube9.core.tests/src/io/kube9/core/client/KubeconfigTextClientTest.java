package io.kube9.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.apis.VersionApi;
import io.kubernetes.client.openapi.models.VersionInfo;

/** Proves the client and its okhttp, kotlin and gson dependencies load and work inside OSGi. */
class KubeconfigTextClientTest {

	private static final String KUBECONFIG = """
			apiVersion: v1
			kind: Config
			current-context: local
			clusters:
			- name: loopback
			  cluster:
			    server: http://127.0.0.1:%d
			users:
			- name: tester
			  user:
			    token: test-token-123
			contexts:
			- name: local
			  context:
			    cluster: loopback
			    user: tester
			""";

	private static final String VERSION_JSON = """
			{"major":"1","minor":"36","gitVersion":"v1.36.3","gitCommit":"0","gitTreeState":"clean",
			"buildDate":"2026-01-01T00:00:00Z","goVersion":"go1.26","compiler":"gc","platform":"linux/amd64"}""";

	@Test
	void requestsVersionThroughTheClient() throws Exception {
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			CompletableFuture<String> requestHead = CompletableFuture.supplyAsync(() -> answerOnce(server));
			ApiClient client = KubeconfigTextClient.build(KUBECONFIG.formatted(server.getLocalPort()), "local",
					Duration.ofSeconds(5), Duration.ofSeconds(10));

			VersionInfo version = new VersionApi(client).getCode().execute();

			assertEquals("v1.36.3", version.getGitVersion());
			String head = requestHead.get(10, TimeUnit.SECONDS);
			assertTrue(head.startsWith("GET /version/ HTTP/1.1"), head);
			assertTrue(head.toLowerCase().contains("authorization: bearer test-token-123"), "token from the kubeconfig sent");
		}
	}

	@Test
	void unknownContextIsReported() {
		IOException error = assertThrows(IOException.class, () -> KubeconfigTextClient
				.build(KUBECONFIG.formatted(1), "missing", Duration.ofSeconds(1), Duration.ofSeconds(1)));
		assertEquals("No context named 'missing' in the kubeconfig", error.getMessage());
	}

	@Test
	void clientLoggingReachesARealProvider() {
		assertNotEquals("org.slf4j.helpers.NOPLoggerFactory", LoggerFactory.getILoggerFactory().getClass().getName());
	}

	/** Answers one request with a version document and returns the request's head. */
	private static String answerOnce(ServerSocket server) {
		try (Socket socket = server.accept()) {
			BufferedReader in = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
			StringBuilder head = new StringBuilder();
			for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
				head.append(line).append('\n');
			}
			byte[] body = VERSION_JSON
					.getBytes(StandardCharsets.UTF_8);
			OutputStream out = socket.getOutputStream();
			out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
					+ "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
			out.write(body);
			out.flush();
			return head.toString();
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
