package io.kube9.ui.internal.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.tm.internal.terminal.provisional.api.ITerminalControl;
import org.eclipse.tm.internal.terminal.provisional.api.TerminalState;
import org.eclipse.tm.internal.terminal.provisional.api.provider.TerminalConnectorImpl;

import io.kube9.core.Kube9Core;
import io.kube9.core.errors.KubeException;
import io.kube9.core.shell.ShellRequest;
import io.kube9.core.shell.ShellSession;
import io.kube9.core.shell.Shells;

/**
 * Connects the terminal widget to a shell in a container: opens the exec in a job, copies the remote terminal's
 * output into the widget until it ends, then shows the exit code (or the classified failure) in the terminal.
 */
final class PodShellConnector extends TerminalConnectorImpl {

	/** The terminal's size until the widget reports its own. */
	private static final int DEFAULT_COLUMNS = 80;
	private static final int DEFAULT_ROWS = 24;

	/** How long the output may still arrive after the exit status, before the exit line is shown. */
	private static final long OUTPUT_AFTER_EXIT_MILLIS = 2000;

	private final ShellRequest request;
	private final PendingInput input = new PendingInput();
	private volatile ShellSession session;
	private volatile int columns = DEFAULT_COLUMNS;
	private volatile int rows = DEFAULT_ROWS;

	PodShellConnector(ShellRequest request) {
		this.request = request;
	}

	@Override
	public void connect(ITerminalControl control) {
		super.connect(control);
		control.setState(TerminalState.CONNECTING);
		Job job = new Job(NLS.bind(ShellMessages.openJob_name, request.pod())) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				return PodShellConnector.this.run();
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == ShellJobs.FAMILY;
			}
		};
		job.setSystem(true);
		job.schedule();
	}

	private IStatus run() {
		ITerminalControl control = fControl;
		try (ShellSession opened = Shells.open(Kube9Core.get(), request, columns, rows)) {
			session = opened;
			input.attach(opened.input());
			control.setState(TerminalState.CONNECTED);
			// The output is copied beside the wait: after a connection failure client-java never ends the stream.
			Thread copier = new Thread(() -> copy(opened.output(), control.getRemoteToTerminalOutputStream()),
					getName() + " output"); //$NON-NLS-1$
			copier.setDaemon(true);
			copier.start();
			int code = opened.waitForExit();
			copier.join(OUTPUT_AFTER_EXIT_MILLIS);
			control.displayTextInTerminal(NLS.bind(request.command().isEmpty() ? ShellMessages.exited
					: ShellMessages.exitedCommand, Integer.valueOf(code)));
		} catch (KubeException e) {
			control.displayTextInTerminal(e.getMessage() + (e.detail() == null ? "" : ": " + e.detail())); //$NON-NLS-1$ //$NON-NLS-2$
			if (e.action() != null) {
				control.displayTextInTerminal(e.action());
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			session = null;
			control.setState(TerminalState.CLOSED);
		}
		return Status.OK_STATUS;
	}

	private static void copy(InputStream from, OutputStream to) {
		byte[] buffer = new byte[8192];
		try {
			for (int n; (n = from.read(buffer)) >= 0;) {
				to.write(buffer, 0, n);
				to.flush();
			}
		} catch (IOException e) {
			// The session was closed from our side (the view closed); waitForExit says how it ended.
		}
	}

	@Override
	protected void doDisconnect() {
		ShellSession open = session;
		if (open != null) {
			open.close();
		}
	}

	@Override
	public OutputStream getTerminalToRemoteStream() {
		return input;
	}

	@Override
	public void setTerminalSize(int newColumns, int newRows) {
		columns = newColumns;
		rows = newRows;
		ShellSession open = session;
		if (open != null) {
			open.resize(newColumns, newRows);
		}
	}

	private String getName() {
		return NLS.bind(ShellMessages.openJob_name, request.pod());
	}

	@Override
	public String getSettingsSummary() {
		return ShellTitles.of(request);
	}
}
