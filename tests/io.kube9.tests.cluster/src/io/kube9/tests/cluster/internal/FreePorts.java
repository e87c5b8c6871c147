package io.kube9.tests.cluster.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Loopback ports nobody listens on right now; a start that loses the race retries with new ones. */
public final class FreePorts {

	private FreePorts() {
	}

	public static int next() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		} catch (IOException e) {
			throw new UncheckedIOException("No free loopback port", e);
		}
	}

	/** Distinct free ports (the kernel may hand the same one out twice in a row). */
	public static int[] next(int count) {
		int[] ports = new int[count];
		for (int i = 0; i < count; i++) {
			int port;
			do {
				port = next();
			} while (contains(ports, i, port));
			ports[i] = port;
		}
		return ports;
	}

	private static boolean contains(int[] ports, int length, int port) {
		for (int i = 0; i < length; i++) {
			if (ports[i] == port) {
				return true;
			}
		}
		return false;
	}
}
