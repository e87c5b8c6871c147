package io.kube9.core.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.core.internal.kubeconfig.ContextEntries;
import io.kube9.core.kubeconfig.KubeContext;
import io.kubernetes.client.openapi.apis.VersionApi;
import okhttp3.OkHttpClient;

/** What each kind of kubeconfig user sends: token, token file (read when sent) and basic auth. */
class CredentialHeadersTest {

	private static final String VERSION = "{\"major\":\"1\",\"minor\":\"36\",\"gitVersion\":\"v1.36.3\",\"gitCommit\":\"0\","
			+ "\"gitTreeState\":\"clean\",\"buildDate\":\"2026-01-01T00:00:00Z\",\"goVersion\":\"go1.26\","
			+ "\"compiler\":\"gc\",\"platform\":\"linux/amd64\"}";

	@TempDir
	Path directory;

	private final ApiClientFactory factory = new ApiClientFactory(
			new ExecCredentialPlugin(new Executables(Map.of("PATH", "/nonexistent"), Path.of("/nonexistent"))));

	@Test
	void aTokenIsSentAsBearer() throws Exception {
		assertTrue(headerFor(Map.of("token", "static-token-1234")).contains("authorization: bearer static-token-1234"));
	}

	@Test
	void aTokenFileIsReadAndSentAsBearer() throws Exception {
		Path file = directory.resolve("token");
		Files.writeString(file, "file-token-5678\n");
		assertTrue(headerFor(Map.of("tokenFile", file.toString())).contains("authorization: bearer file-token-5678"));
	}

	@Test
	void basicAuthIsSentAsBasic() throws Exception {
		String expected = Base64.getEncoder().encodeToString("alice:wonderland".getBytes(StandardCharsets.UTF_8));
		assertTrue(headerFor(Map.of("username", "alice", "password", "wonderland"))
				.contains("authorization: basic " + expected.toLowerCase()));
	}

	@Test
	void anAnonymousUserSendsNoCredentials() throws Exception {
		assertTrue(!headerFor(Map.of()).contains("authorization:"));
	}

	/** The request head (lower case) the client sends for GET /version with this user entry. */
	private String headerFor(Map<String, Object> user) throws Exception {
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			CompletableFuture<String> head = CompletableFuture.supplyAsync(() -> answerOnce(server));
			ContextEntries entries = new ContextEntries(new KubeContext("c", "cl", "", "u", null,
					directory.resolve("config"), null, false), Map.of("server", "http://127.0.0.1:" + server.getLocalPort()),
					user);
			BuiltClient client = factory.build(entries, new OkHttpClient(), Duration.ofSeconds(10));
			assertEquals("v1.36.3", new VersionApi(client.api()).getCode().execute().getGitVersion());
			return head.get(10, TimeUnit.SECONDS).toLowerCase();
		}
	}

	private static String answerOnce(ServerSocket server) {
		try (Socket socket = server.accept()) {
			BufferedReader in = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
			StringBuilder head = new StringBuilder();
			for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
				head.append(line).append('\n');
			}
			byte[] body = VERSION.getBytes(StandardCharsets.UTF_8);
			OutputStream out = socket.getOutputStream();
			out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
					+ "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
			out.write(body);
			return head.toString();
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
