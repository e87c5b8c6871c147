package io.kube9.benchmarks.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.kubernetes.client.PortForward;
import io.kubernetes.client.openapi.ApiClient;

/**
 * What a port-forward through the client's own {@link PortForward} would be: a local listener on the loopback
 * address, each accepted connection pumped through a new forward (one WebSocket) to the pod's port, as kubectl
 * opens a new stream per connection. Benchmark code only: the product forwards through kubectl.
 */
public final class ClientForwarder implements AutoCloseable {

	private final ApiClient client;
	private final String namespace;
	private final String pod;
	private final int podPort;
	private final ServerSocket listener;
	private final Set<AutoCloseable> open = ConcurrentHashMap.newKeySet();

	private ClientForwarder(ApiClient client, String namespace, String pod, int podPort) throws IOException {
		this.client = client;
		this.namespace = namespace;
		this.pod = pod;
		this.podPort = podPort;
		this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
	}

	/** Listens at once on a free local port; the first connection opens the first WebSocket. */
	public static ClientForwarder start(ApiClient client, String namespace, String pod, int podPort)
			throws IOException {
		ClientForwarder forwarder = new ClientForwarder(client, namespace, pod, podPort);
		daemon("client forward accept " + forwarder.localPort(), forwarder::accept);
		return forwarder;
	}

	public int localPort() {
		return listener.getLocalPort();
	}

	private void accept() {
		while (!listener.isClosed()) {
			try {
				Socket socket = listener.accept();
				open.add(socket);
				daemon("client forward " + socket.getPort(), () -> pump(socket));
			} catch (IOException e) {
				// Closed: no more connections.
			}
		}
	}

	/** One connection: a forward of its own, its bytes both ways, everything closed when either side ends. */
	private void pump(Socket socket) {
		PortForward.PortForwardResult forward = null;
		try {
			forward = new PortForward(client).forward(namespace, pod, List.of(podPort));
			open.add(forward);
			InputStream fromPod = forward.getInputStream(podPort);
			daemon("client forward from pod " + socket.getPort(), () -> copy(fromPod, output(socket), socket));
			copy(socket.getInputStream(), forward.getOutboundStream(podPort), socket);
		} catch (Exception e) {
			// A refused forward (the pod gone) ends the connection: the caller sees it fail.
		} finally {
			quietly(socket);
			open.remove(socket);
			if (forward != null) {
				forward.close();
				open.remove(forward);
			}
		}
	}

	private static void copy(InputStream from, OutputStream to, Socket socket) {
		byte[] buffer = new byte[16 * 1024];
		try {
			for (int read; (read = from.read(buffer)) >= 0;) {
				to.write(buffer, 0, read);
				to.flush();
			}
		} catch (IOException e) {
			// One side closed.
		} finally {
			quietly(socket);
		}
	}

	private static OutputStream output(Socket socket) {
		try {
			return socket.getOutputStream();
		} catch (IOException e) {
			return OutputStream.nullOutputStream();
		}
	}

	@Override
	public void close() {
		quietly(listener);
		open.forEach(ClientForwarder::quietly);
		open.clear();
	}

	private static void quietly(AutoCloseable closeable) {
		try {
			closeable.close();
		} catch (Exception e) {
			// Closing what may be closed already.
		}
	}

	private static void daemon(String name, Runnable body) {
		Thread thread = new Thread(body, name);
		thread.setDaemon(true);
		thread.start();
	}
}
