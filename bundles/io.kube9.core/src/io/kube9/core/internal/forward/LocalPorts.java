package io.kube9.core.internal.forward;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import io.kube9.core.forward.PortForward;

/**
 * Free local ports, told by binding the loopback address for a moment: nothing connects, so a forward being
 * checked opens no stream to its pod.
 */
final class LocalPorts {

	private LocalPorts() {
	}

	/** Whether nothing listens on the port (a port below 1024 needs privileges, so it counts as taken). */
	static boolean isFree(int port) {
		if (port <= 0 || port > 65_535) {
			return false;
		}
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(false);
			socket.bind(new InetSocketAddress(loopback(), port));
			return true;
		} catch (IOException e) {
			return false;
		}
	}

	/** The port itself when free, else one the system picks. */
	static int propose(int port) {
		if (isFree(port)) {
			return port;
		}
		try (ServerSocket socket = new ServerSocket(0, 1, loopback())) {
			return socket.getLocalPort();
		} catch (IOException e) {
			return 0;
		}
	}

	private static InetAddress loopback() throws IOException {
		return InetAddress.getByName(PortForward.LOCAL_ADDRESS);
	}
}
