package io.kube9.ui.internal.shell;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.tm.internal.terminal.connector.TerminalConnector;
import org.eclipse.tm.internal.terminal.control.ITerminalListener;
import org.eclipse.tm.internal.terminal.control.ITerminalViewControl;
import org.eclipse.tm.internal.terminal.control.TerminalViewControlFactory;
import org.eclipse.tm.internal.terminal.provisional.api.ITerminalConnector;
import org.eclipse.tm.internal.terminal.provisional.api.TerminalState;
import org.eclipse.ui.part.ViewPart;

import io.kube9.core.shell.ShellRequest;

/**
 * One shell in a container, in the Eclipse terminal widget (VT100: colours, line editing, resize). One view
 * instance per shell (secondary id); closing the view ends the shell.
 */
public final class ShellView extends ViewPart {

	public static final String ID = "io.kube9.ui.shell"; //$NON-NLS-1$

	private Composite parent;
	private ITerminalViewControl terminal;

	@Override
	public void createPartControl(Composite composite) {
		this.parent = composite;
	}

	/** Starts the shell; the connection is made in a job, never on the UI thread. */
	public void start(ShellRequest request) {
		setPartName(ShellTitles.partName(request));
		setContentDescription(ShellTitles.of(request));
		ITerminalConnector connector = new TerminalConnector(() -> new PodShellConnector(request), ID,
				ShellTitles.of(request), true);
		terminal = TerminalViewControlFactory.makeControl(new Listener(), parent,
				new ITerminalConnector[] { connector }, true);
		terminal.setConnector(connector);
		parent.layout(true, true);
		terminal.connectTerminal();
		terminal.setFocus();
	}

	/** What the terminal shows, for tests. */
	public ITerminalViewControl terminal() {
		return terminal;
	}

	@Override
	public void setFocus() {
		if (terminal != null && !terminal.isDisposed()) {
			terminal.setFocus();
		} else {
			parent.setFocus();
		}
	}

	@Override
	public void dispose() {
		// The workbench disposes the widgets before the view, so isDisposed() is true here: asking it left the
		// shell and its job running. disposeTerminal() ends the connection and touches no widget.
		if (terminal != null) {
			terminal.disposeTerminal();
		}
		super.dispose();
	}

	/** The widget's state changes arrive on any thread; the view's title says nothing of them. */
	private static final class Listener implements ITerminalListener {
		@Override
		public void setState(TerminalState state) {
			// The connector writes the outcome into the terminal itself.
		}

		@Override
		public void setTerminalTitle(String title) {
			// Keep the pod's name as the title rather than the shell's.
		}
	}
}
