package io.kube9.ui.internal.forward;

import java.util.List;
import java.util.function.IntUnaryOperator;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.kube9.core.resources.ResourceRef;

/**
 * Which port to forward and the local port: the same number when it is free, else a free one, proposed again
 * when the port changes. A taken local port is said in the dialog, before anything starts.
 */
public final class PortForwardDialog extends TitleAreaDialog {

	private final ResourceRef target;
	private final List<Integer> ports;
	private final IntUnaryOperator proposal;
	private Combo remote;
	private Text local;
	private int chosenPort;
	private int chosenLocalPort;

	/** @param proposal the local port proposed for a port (checks the loopback address; no network) */
	public PortForwardDialog(Shell parent, ResourceRef target, List<Integer> ports, IntUnaryOperator proposal) {
		super(parent);
		this.target = target;
		this.ports = ports;
		this.proposal = proposal;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(ForwardUiMessages.dialog_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(ForwardUiMessages.dialog_title);
		setMessage(NLS.bind(ForwardUiMessages.dialog_message, target.namespace() + "/" + target.name())); //$NON-NLS-1$
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		new Label(fields, SWT.NONE).setText(NLS.bind(ForwardUiMessages.dialog_remotePort, target.kind().kind()));
		remote = new Combo(fields, SWT.DROP_DOWN);
		ports.forEach(port -> remote.add(Integer.toString(port)));
		remote.setText(ports.isEmpty() ? "" : Integer.toString(ports.get(0))); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(remote);
		new Label(fields, SWT.NONE).setText(ForwardUiMessages.dialog_localPort);
		local = new Text(fields, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(local);
		propose();
		remote.addModifyListener(event -> {
			propose();
			validate();
		});
		local.addModifyListener(event -> validate());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	private void propose() {
		int port = port(remote.getText());
		local.setText(port > 0 ? Integer.toString(proposal.applyAsInt(port)) : ""); //$NON-NLS-1$
	}

	private void validate() {
		int port = port(remote.getText());
		int localPort = port(local.getText());
		String error = null;
		if (port <= 0 || localPort <= 0) {
			error = ForwardUiMessages.dialog_notAPort;
		} else if (proposal.applyAsInt(localPort) != localPort) {
			error = NLS.bind(ForwardUiMessages.dialog_localPortTaken, localPort);
		}
		setErrorMessage(error);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(error == null);
		}
	}

	@Override
	protected void okPressed() {
		chosenPort = port(remote.getText());
		chosenLocalPort = port(local.getText());
		super.okPressed();
	}

	/** The pod's or Service's port chosen. */
	public int port() {
		return chosenPort;
	}

	public int localPort() {
		return chosenLocalPort;
	}

	private static int port(String text) {
		String value = text.strip();
		if (!value.matches("\\d{1,5}")) { //$NON-NLS-1$
			return 0;
		}
		int port = Integer.parseInt(value);
		return port <= 65_535 ? port : 0;
	}
}
