package io.kube9.core.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on loopback in front of the API server whose connections a test can cut, as a gateway or a NAT
 * would: TLS passes through untouched.
 */
final class CuttingProxy implements AutoCloseable {

	private final ServerSocket server;
	private final int targetPort;
	private final List<Socket> open = new CopyOnWriteArrayList<>();

	CuttingProxy(int targetPort) throws IOException {
		this.targetPort = targetPort;
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "cutting proxy");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	String url() {
		return "https://127.0.0.1:" + server.getLocalPort();
	}

	/** Closes every connection open now; new ones are accepted as before. */
	void cut() {
		for (Socket socket : open) {
			close(socket);
		}
	}

	private void accept() {
		while (!server.isClosed()) {
			try {
				Socket client = server.accept();
				Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
				open.add(client);
				open.add(upstream);
				pump(client, upstream);
				pump(upstream, client);
			} catch (IOException e) {
				// Closed, or the server went away: nothing to relay.
			}
		}
	}

	private void pump(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[16384];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				for (int read; (read = in.read(buffer)) >= 0;) {
					out.write(buffer, 0, read);
				}
			} catch (IOException e) {
				// Cut: the other direction ends with it.
			} finally {
				close(from);
				close(to);
			}
		}, "cutting proxy pump");
		thread.setDaemon(true);
		thread.start();
	}

	private void close(Socket socket) {
		open.remove(socket);
		try {
			socket.close();
		} catch (IOException e) {
			// Closed already.
		}
	}

	@Override
	public void close() throws IOException {
		server.close();
		cut();
	}
}
