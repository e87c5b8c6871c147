package io.kube9.core.internal.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.Pair;
import io.kubernetes.client.openapi.models.V1Status;
import io.kubernetes.client.util.WebSocketStreamHandler;
import io.kubernetes.client.util.WebSockets;

/**
 * The exec WebSocket (client-java's channel protocol, v5 offered first, then v4) with the final status read here:
 * client-java's Exec turns a status it does not recognise into -1 and drops its message.
 */
final class ExecConnection {

	private static final int STDIN = 0;
	private static final int STDOUT = 1;
	private static final int STATUS = 3;
	private static final int RESIZE = 4;

	private final CompletableFuture<V1Status> status = new CompletableFuture<>();
	private final StatusHandler handler = new StatusHandler();

	private ExecConnection() {
	}

	static ExecConnection open(ApiClient client, String namespace, String pod, String container, String[] command)
			throws ApiException, IOException {
		List<Pair> query = new ArrayList<>();
		query.add(new Pair("stdin", "true")); //$NON-NLS-1$ //$NON-NLS-2$
		query.add(new Pair("stdout", "true")); //$NON-NLS-1$ //$NON-NLS-2$
		query.add(new Pair("stderr", "false")); //$NON-NLS-1$ //$NON-NLS-2$ (one stream with a TTY)
		query.add(new Pair("tty", "true")); //$NON-NLS-1$ //$NON-NLS-2$
		query.add(new Pair("container", container)); //$NON-NLS-1$
		for (String word : command) {
			query.add(new Pair("command", word)); //$NON-NLS-1$
		}
		ExecConnection connection = new ExecConnection();
		connection.handler.client = client;
		WebSockets.stream("/api/v1/namespaces/" + client.escapeString(namespace) + "/pods/" //$NON-NLS-1$ //$NON-NLS-2$
				+ client.escapeString(pod) + "/exec", "GET", query, client, connection.handler); //$NON-NLS-1$ //$NON-NLS-2$
		return connection;
	}

	OutputStream stdin() {
		return handler.getOutputStream(STDIN);
	}

	InputStream output() {
		return handler.getInputStream(STDOUT);
	}

	void resize(int columns, int rows) throws IOException {
		OutputStream resize = handler.getOutputStream(RESIZE);
		resize.write(("{\"Width\":" + columns + ",\"Height\":" + rows + "}").getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		resize.flush();
	}

	/** Completes with the final status, or exceptionally with the connection's failure. */
	CompletableFuture<V1Status> status() {
		return status;
	}

	void close() {
		try {
			handler.close();
		} catch (RuntimeException e) {
			// client-java fails closing a connection that never opened; nothing is left to close then.
		}
		status.completeExceptionally(new IOException("closed")); //$NON-NLS-1$
	}

	private final class StatusHandler extends WebSocketStreamHandler {

		ApiClient client;

		@Override
		protected void handleMessage(int stream, InputStream in) throws IOException {
			if (stream != STATUS) {
				super.handleMessage(stream, in);
				return;
			}
			try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
				status.complete(client.getJSON().getGson().fromJson(reader, V1Status.class));
			} catch (RuntimeException e) {
				status.completeExceptionally(e);
			}
		}

		@Override
		public void failure(Throwable failure) {
			status.completeExceptionally(failure);
			super.failure(failure);
		}

		@Override
		public synchronized void close() {
			// A close without a status (the connection ended): nothing more will come.
			status.completeExceptionally(new IOException("the exec connection closed without a status")); //$NON-NLS-1$
			super.close();
		}
	}
}
