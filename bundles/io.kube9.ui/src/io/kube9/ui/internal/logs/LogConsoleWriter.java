package io.kube9.ui.internal.logs;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.console.IOConsoleOutputStream;

import io.kube9.core.logs.LogListener;
import io.kube9.core.logs.LogNotice;

/**
 * Writes a stream's batches into its console from the stream's thread, one write per batch: the console
 * queues them and paints in its own UI job, so fast output never runs on the UI thread line by line.
 */
final class LogConsoleWriter implements LogListener {

	private final LogConsole console;
	private final IOConsoleOutputStream lines;
	private final IOConsoleOutputStream notices;

	LogConsoleWriter(LogConsole console, IOConsoleOutputStream lines, IOConsoleOutputStream notices) {
		this.console = console;
		this.lines = lines;
		this.notices = notices;
	}

	@Override
	public void lines(List<String> batch) {
		StringBuilder text = new StringBuilder(batch.size() * 100);
		for (String line : batch) {
			text.append(line).append('\n');
		}
		write(lines, text.toString());
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
		try {
			stream.write(text);
		} catch (IOException e) {
			// The console was removed: its session is being stopped.
			console.stop();
		}
	}
}
