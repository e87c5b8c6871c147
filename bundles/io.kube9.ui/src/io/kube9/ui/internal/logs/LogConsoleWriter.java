package io.kube9.ui.internal.logs;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.console.IOConsoleOutputStream;

import io.kube9.core.logs.LogListener;
import io.kube9.core.logs.LogNotice;

/**
 * Writes a stream's batches into its console from the stream's thread, in chunks of lines: the console queues
 * them and applies them in its own UI job, and {@link AppliedOutput} keeps that queue short, so fast output
 * never holds the UI thread.
 */
final class LogConsoleWriter implements LogListener {

	/** Characters per write: a fraction of what may wait for the UI thread. */
	static final int CHUNK_CHARS = AppliedOutput.MAX_PENDING / 4;

	private final LogConsole console;
	private final IOConsoleOutputStream lines;
	private final IOConsoleOutputStream notices;
	private final AppliedOutput applied;

	LogConsoleWriter(LogConsole console, IOConsoleOutputStream lines, IOConsoleOutputStream notices,
			AppliedOutput applied) {
		this.console = console;
		this.lines = lines;
		this.notices = notices;
		this.applied = applied;
	}

	/** In chunks of whole lines, each written once the console has room for it. */
	@Override
	public void lines(List<String> batch) {
		StringBuilder chunk = new StringBuilder(CHUNK_CHARS + 1024);
		for (String line : batch) {
			chunk.append(line).append('\n');
			if (chunk.length() >= CHUNK_CHARS) {
				write(lines, chunk.toString());
				chunk.setLength(0);
			}
		}
		if (chunk.length() > 0) {
			write(lines, chunk.toString());
		}
	}

	@Override
	public void notice(LogNotice notice) {
		String text = LogTexts.notice(notice);
		write(notices, text + '\n');
		if (notice.isFinal()) {
			if (notice.kind() == LogNotice.Kind.FAILED && notice.failure() != null) {
				ILog.of(LogConsoleWriter.class).warn(console.request().title() + ": " + notice.message() //$NON-NLS-1$
						+ " (" + notice.failure().detail() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			console.ended();
		}
	}

	private void write(IOConsoleOutputStream stream, String text) {
		applied.beforeWrite(text.length());
		try {
			stream.write(text);
		} catch (IOException e) {
			// The console was removed: its session is being stopped.
			console.stop();
		}
	}
}
