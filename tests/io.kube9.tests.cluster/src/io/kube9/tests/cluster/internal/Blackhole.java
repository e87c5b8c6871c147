package io.kube9.tests.cluster.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * A loopback port that is bound and listening but never accepts: the kernel completes TCP handshakes into the
 * backlog, nobody ever answers, so a TLS client waits until its read timeout. Open for the JVM's lifetime.
 */
public final class Blackhole {

	private static ServerSocket socket;

	private Blackhole() {
	}

	public static synchronized int port() {
		if (socket == null) {
			try {
				socket = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
			} catch (IOException e) {
				throw new UncheckedIOException("Cannot open the blackhole listener", e);
			}
		}
		return socket.getLocalPort();
	}
}
