package io.kube9.ui.internal.logs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.console.IOConsole;
import org.eclipse.ui.console.IOConsoleOutputStream;

import io.kube9.core.logs.LogRequest;
import io.kube9.core.logs.LogService;
import io.kube9.core.logs.LogSession;

/**
 * One container's log in the Console view, named cluster/namespace/pod/container. Read-only; its memory is
 * bounded by water marks (the oldest output goes first); removing it stops its stream.
 */
public final class LogConsole extends IOConsole {

	public static final String TYPE = "io.kube9.ui.logConsole"; //$NON-NLS-1$

	/** Fired (old and new value Booleans) when the stream starts or ends. */
	public static final String P_ACTIVE = "io.kube9.ui.logConsole.active"; //$NON-NLS-1$

	/** Characters kept once trimmed, and the size that triggers trimming: a few MB of memory at most. */
	static final int LOW_WATER_MARK = 1_500_000;
	static final int HIGH_WATER_MARK = 2_000_000;

	private final LogRequest request;
	private final IOConsoleOutputStream lines;
	private final IOConsoleOutputStream notices;
	private final AppliedOutput applied = new AppliedOutput();
	private volatile LogSession session;

	/** On the UI thread (the notices' colour is the display's). */
	LogConsole(LogRequest request) {
		super(request.title(), TYPE, null, StandardCharsets.UTF_8, true);
		this.request = request;
		setWaterMarks(LOW_WATER_MARK, HIGH_WATER_MARK);
		lines = newOutputStream();
		notices = newOutputStream();
		notices.setColor(Display.getCurrent().getSystemColor(SWT.COLOR_DARK_BLUE));
		getDocument().addDocumentListener(applied);
		try {
			getInputStream().close(); // read-only: nothing typed here goes anywhere
		} catch (IOException e) {
			// Never thrown for the console's own input stream.
		}
	}

	public LogRequest request() {
		return request;
	}

	/** Whether its stream is open or resuming. */
	public boolean isActive() {
		LogSession current = session;
		return current != null && current.isActive();
	}

	/** The stream, or null before it started. */
	public LogSession session() {
		return session;
	}

	/** Starts (or, after it ended, restarts) the stream into this console. On the UI thread. */
	public void start(LogService logs) {
		if (isActive()) {
			return;
		}
		if (session != null) {
			clearConsole();
		}
		session = logs.open(request, new LogConsoleWriter(this, lines, notices, applied));
		setName(request.title());
		firePropertyChange(this, P_ACTIVE, Boolean.FALSE, Boolean.TRUE);
	}

	public void stop() {
		LogSession current = session;
		if (current != null) {
			current.stop();
		}
	}

	/** The stream ended: the name says so, the Stop button greys out. Any thread. */
	void ended() {
		Display display = Display.getDefault();
		display.asyncExec(() -> {
			setName(LogTexts.endedName(request.title()));
			firePropertyChange(this, P_ACTIVE, Boolean.TRUE, Boolean.FALSE);
		});
	}

	@Override
	protected void dispose() {
		stop();
		applied.close();
		super.dispose();
	}
}
