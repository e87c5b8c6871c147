package io.kube9.tests.cluster.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * A loopback port where connections are refused, reserved for the JVM's lifetime: a socket bound to it but
 * never listening. A port merely closed again could be taken by the next server that asks for a free one.
 */
public final class RefusedPort {

	private static Socket socket;

	private RefusedPort() {
	}

	public static synchronized int port() {
		if (socket == null) {
			try {
				Socket bound = new Socket();
				bound.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
				socket = bound;
			} catch (IOException e) {
				throw new UncheckedIOException("Cannot reserve a refused loopback port", e);
			}
		}
		return socket.getLocalPort();
	}
}
