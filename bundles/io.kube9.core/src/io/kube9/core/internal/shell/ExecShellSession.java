package io.kube9.core.internal.shell;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.kube9.core.errors.KubeException;
import io.kube9.core.shell.ShellSession;
import io.kubernetes.client.Exec;

/** A shell over client-java's exec process: stdin, the TTY's output, the resize channel and the exit status. */
final class ExecShellSession implements ShellSession {

	/** How long the exit status may follow the end of the output before the connection counts as lost. */
	private static final long STATUS_AFTER_OUTPUT_SECONDS = 5;

	private final Exec.ExecProcess process;
	private final AtomicReference<Throwable> failure;
	private final String context;
	private final String command;
	private final EndAwareInputStream output;
	private final QueuedInput input;

	ExecShellSession(Exec.ExecProcess process, AtomicReference<Throwable> failure, String context, String command) {
		this.process = process;
		this.failure = failure;
		this.context = context;
		this.command = command;
		this.output = new EndAwareInputStream(process.getInputStream());
		this.input = new QueuedInput(new QueuedInput.ExecChannels() {
			@Override
			public OutputStream stdin() {
				return process.getOutputStream();
			}

			@Override
			public void resize(int columns, int rows) throws IOException {
				process.resize(columns, rows);
			}
		}, "kube9 shell input " + command); //$NON-NLS-1$
	}

	/** Called by the client when the connection fails (a refused upgrade, a lost network). */
	void failed() {
		input.close();
	}

	@Override
	public OutputStream input() {
		return input;
	}

	@Override
	public InputStream output() {
		return output;
	}

	@Override
	public void resize(int columns, int rows) {
		if (columns > 0 && rows > 0) {
			input.resize(columns, rows);
		}
	}

	@Override
	public int waitForExit() throws KubeException, InterruptedException {
		long endedAt = 0;
		// The client releases its latch on a status or a failure, not on a close without status: watch the output.
		while (!process.waitFor(1, TimeUnit.SECONDS)) {
			if (!output.ended()) {
				continue;
			}
			endedAt = endedAt == 0 ? System.nanoTime() : endedAt;
			if (System.nanoTime() - endedAt > TimeUnit.SECONDS.toNanos(STATUS_AFTER_OUTPUT_SECONDS)) {
				throw ShellFailures.lost(context);
			}
		}
		Throwable connectionFailure = failure.get();
		if (connectionFailure != null) {
			throw ShellFailures.connection(connectionFailure, context);
		}
		int code = process.exitValue();
		if (code < 0) {
			throw ShellFailures.noShell(context, command);
		}
		return code;
	}

	@Override
	public void close() {
		input.close();
		try {
			process.destroy();
		} catch (RuntimeException e) {
			// client-java fails closing a connection that never opened; nothing is left to close then.
		}
	}

	/** Remembers that the remote side closed the output. */
	private static final class EndAwareInputStream extends FilterInputStream {

		private volatile boolean ended;

		EndAwareInputStream(InputStream in) {
			super(in);
		}

		boolean ended() {
			return ended;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			ended |= b < 0;
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			ended |= n < 0;
			return n;
		}
	}
}
