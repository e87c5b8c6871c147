package io.kube9.ui.internal.logs;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocumentListener;

/**
 * Back-pressure between a log stream and its console: the console applies everything queued in one document
 * change on the UI thread, so a writer that runs ahead would make that change (and the UI stall) as big as the
 * backlog. The writer waits while more than {@link #MAX_PENDING} characters are written but not yet in the
 * document; the stream then reads no faster than the console shows (the server keeps the rest).
 */
final class AppliedOutput implements IDocumentListener {

	/** Characters written but not applied, at most: one document change of this size takes a few ms. */
	static final int MAX_PENDING = 256 * 1024;
	/** How long a writer waits for the UI thread before it writes anyway (a console no one applies). */
	private static final long PATIENCE_MILLIS = 5_000;

	private long written;
	private long applied;
	private boolean closed;

	/** Blocks the writing (stream) thread until {@code chars} more may be written. */
	synchronized void beforeWrite(int chars) {
		long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
		while (!closed && written - applied > MAX_PENDING) {
			long left = deadline - System.currentTimeMillis();
			if (left <= 0) {
				break;
			}
			try {
				wait(Math.min(left, 100));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		written += chars;
	}

	@Override
	public synchronized void documentChanged(DocumentEvent event) {
		applied += event.getText() == null ? 0 : event.getText().length();
		notifyAll();
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
		// Counted once applied.
	}

	/** The console is gone: writers no longer wait. */
	synchronized void close() {
		closed = true;
		notifyAll();
	}
}
