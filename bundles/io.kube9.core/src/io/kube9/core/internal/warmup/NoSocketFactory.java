package io.kube9.core.internal.warmup;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;

import javax.net.SocketFactory;

/** Refuses every socket: a call through it runs OkHttp's code up to the connection and stops there. */
final class NoSocketFactory extends SocketFactory {

	private static IOException refused() {
		return new IOException("the warm-up opens no socket");
	}

	@Override
	public Socket createSocket() throws IOException {
		throw refused();
	}

	@Override
	public Socket createSocket(String host, int port) throws IOException {
		throw refused();
	}

	@Override
	public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
		throw refused();
	}

	@Override
	public Socket createSocket(InetAddress host, int port) throws IOException {
		throw refused();
	}

	@Override
	public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
			throws IOException {
		throw refused();
	}
}
