package io.kube9.core.internal.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;

import io.kube9.core.errors.KubeException;
import io.kube9.core.shell.ShellSession;
import io.kubernetes.client.openapi.models.V1Status;

/** A shell over an exec connection: stdin, the TTY's output, the resize channel and the final status. */
final class ExecShellSession implements ShellSession {

	private final ExecConnection connection;
	private final String context;
	private final String command;
	private final QueuedInput input;

	ExecShellSession(ExecConnection connection, String context, String command) {
		this.connection = connection;
		this.context = context;
		this.command = command;
		this.input = new QueuedInput(new QueuedInput.ExecChannels() {
			@Override
			public OutputStream stdin() {
				return connection.stdin();
			}

			@Override
			public void resize(int columns, int rows) throws IOException {
				connection.resize(columns, rows);
			}
		}, "kube9 shell input " + command); //$NON-NLS-1$
		// Once the connection has ended, a writer still waiting for it to open would wait forever.
		connection.status().whenComplete((status, failure) -> input.close());
	}

	@Override
	public OutputStream input() {
		return input;
	}

	@Override
	public InputStream output() {
		return connection.output();
	}

	@Override
	public void resize(int columns, int rows) {
		if (columns > 0 && rows > 0) {
			input.resize(columns, rows);
		}
	}

	@Override
	public int waitForExit() throws KubeException, InterruptedException {
		V1Status status;
		try {
			status = connection.status().get();
		} catch (ExecutionException e) {
			Throwable cause = e.getCause();
			throw cause instanceof IOException && cause.getMessage() != null
					&& cause.getMessage().startsWith("the exec connection closed") //$NON-NLS-1$
							? ShellFailures.lost(context)
							: ShellFailures.connection(cause, context);
		}
		OptionalInt code = ExecStatus.exitCode(status);
		if (code.isEmpty()) {
			throw ShellFailures.noShell(context, command + ": " + status.getMessage()); //$NON-NLS-1$
		}
		return code.getAsInt();
	}

	@Override
	public void close() {
		input.close();
		connection.close();
	}
}
