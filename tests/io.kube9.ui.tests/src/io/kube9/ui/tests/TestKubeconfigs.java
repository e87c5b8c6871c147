package io.kube9.ui.tests;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/** Kubeconfig files a test writes itself: contexts whose servers are test-made addresses on loopback. */
public final class TestKubeconfigs {

	private TestKubeconfigs() {
	}

	/**
	 * A kubeconfig with one context per entry (name to server URL), the contexts' namespace {@code demo}.
	 *
	 * @param current the current context
	 */
	public static String text(Map<String, String> servers, String current) {
		StringBuilder clusters = new StringBuilder();
		StringBuilder contexts = new StringBuilder();
		servers.forEach((name, server) -> {
			clusters.append("- name: ").append(name).append("-cluster\n  cluster:\n    server: ").append(server)
					.append("\n    insecure-skip-tls-verify: true\n");
			contexts.append("- name: ").append(name).append("\n  context:\n    cluster: ").append(name)
					.append("-cluster\n    user: tester\n    namespace: demo\n");
		});
		return "apiVersion: v1\nkind: Config\ncurrent-context: " + current + "\nclusters:\n" + clusters
				+ "contexts:\n" + contexts + "users:\n- name: tester\n  user:\n    token: not-a-real-token\n";
	}

	/**
	 * Writes a kubeconfig whose contexts all point at one refused loopback port.
	 *
	 * @return the contexts and their server, in order, for writing changed versions of the file
	 */
	public static Map<String, String> writeRefused(Path file, String current, String... contexts) throws IOException {
		String refused = "https://127.0.0.1:" + closedPort();
		Map<String, String> servers = new LinkedHashMap<>();
		for (String context : contexts) {
			servers.put(context, refused);
		}
		write(file, text(servers, current));
		return servers;
	}

	/** Writes the file as an editor or kubectl would replace it: atomically. */
	public static void write(Path file, String text) throws IOException {
		Path temporary = Files.createTempFile(file.getParent(), "kubeconfig", ".tmp");
		Files.writeString(temporary, text, StandardCharsets.UTF_8);
		Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** A loopback port nothing listens on: connecting is refused. */
	public static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}
}
