package io.kube9.core.internal.shell;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The shell's keystrokes and resizes, written to the WebSocket by a thread of their own: the terminal widget
 * types on the UI thread, which must never wait for the network, and client-java's streams wait for the
 * connection to open (forever if it never does: the writer is interrupted when the session fails or ends).
 */
final class QueuedInput extends OutputStream {

	/** One write to the exec connection. */
	interface Write {
		void to(ExecChannels channels) throws IOException;
	}

	/** Where writes go: stdin and the resize channel. */
	interface ExecChannels {
		OutputStream stdin();

		void resize(int columns, int rows) throws IOException;
	}

	private final BlockingQueue<Write> queue = new LinkedBlockingQueue<>();
	private final Thread writer;
	private volatile boolean closed;

	QueuedInput(ExecChannels channels, String name) {
		writer = new Thread(() -> drain(channels), name);
		writer.setDaemon(true);
		writer.start();
	}

	private void drain(ExecChannels channels) {
		try {
			while (!closed) {
				queue.take().to(channels);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (IOException | RuntimeException e) {
			// The connection ended: the session reports how through waitForExit.
		}
	}

	@Override
	public void write(int b) throws IOException {
		write(new byte[] { (byte) b }, 0, 1);
	}

	@Override
	public void write(byte[] bytes, int offset, int length) throws IOException {
		if (closed) {
			throw new IOException("the shell has ended"); //$NON-NLS-1$
		}
		byte[] copy = Arrays.copyOfRange(bytes, offset, offset + length);
		queue.add(channels -> {
			channels.stdin().write(copy);
			channels.stdin().flush();
		});
	}

	void resize(int columns, int rows) {
		if (!closed) {
			queue.add(channels -> channels.resize(columns, rows));
		}
	}

	/** Stops the writer, also when it waits for a connection that failed. */
	@Override
	public void close() {
		closed = true;
		writer.interrupt();
	}
}
