package io.kube9.tests.cluster.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** What a forwarded local port answers on the loopback address: an HTTP GET, or whether it refuses. */
public final class Loopback {

	private static final String ADDRESS = "127.0.0.1";
	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private Loopback() {
	}

	/** The body of a GET of {@code path} on the local port, which must answer 200. */
	public static String get(int port, String path, Duration limit) throws IOException, InterruptedException {
		HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://" + ADDRESS + ":" + port
				+ path)).timeout(limit).build(), HttpResponse.BodyHandlers.ofString());
		assertEquals(200, answer.statusCode());
		return answer.body();
	}

	/** Whether nothing accepts a connection on the local port (within 2 s). */
	public static boolean refuses(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(ADDRESS, port), 2000);
			return false;
		} catch (IOException e) {
			return true;
		}
	}
}
