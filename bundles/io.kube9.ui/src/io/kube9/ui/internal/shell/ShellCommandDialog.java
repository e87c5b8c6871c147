package io.kube9.ui.internal.shell;

import java.util.List;
import java.util.Optional;

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

import io.kube9.core.shell.CommandLines;
import io.kube9.core.shell.CommandLines.InvalidCommandLineException;
import io.kube9.core.shell.ShellRequest;
import io.kube9.core.shell.ShellTarget;

/**
 * Open Shell With Command: which container (when the pod has several) and the command line to run with a
 * terminal, empty for the container's shell. Says why when the pod or the chosen container cannot take one.
 * Everything it shows was read before it opens: it never touches the network.
 */
public final class ShellCommandDialog extends TitleAreaDialog {

	private final ShellTarget target;
	private final List<String> history;
	private final String lastContainer;
	private Combo container;
	private Combo command;
	private ShellRequest result;

	public ShellCommandDialog(Shell parent, ShellTarget target, List<String> history, String lastContainer) {
		super(parent);
		this.target = target;
		this.history = history;
		this.lastContainer = lastContainer;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(ShellMessages.dialog_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(ShellMessages.dialog_title);
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);

		new Label(fields, SWT.NONE).setText(ShellMessages.dialog_container);
		container = new Combo(fields, SWT.READ_ONLY | SWT.DROP_DOWN);
		for (ShellTarget.Container each : target.containers()) {
			container.add(each.running() ? each.name()
					: NLS.bind(ShellMessages.dialog_containerNotRunning, each.name(), each.state()));
		}
		container.select(Math.max(0, initialContainer()));
		container.setEnabled(target.containers().size() > 1);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(container);

		new Label(fields, SWT.NONE).setText(ShellMessages.dialog_command);
		command = new Combo(fields, SWT.DROP_DOWN);
		history.stream().filter(line -> !line.isBlank()).forEach(command::add);
		command.setText(history.isEmpty() ? "" : history.get(0)); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(convertWidthInCharsToPixels(60), SWT.DEFAULT)
				.applyTo(command);
		Label hint = new Label(fields, SWT.WRAP);
		hint.setText(ShellMessages.dialog_commandHelp);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(convertWidthInCharsToPixels(70), SWT.DEFAULT)
				.applyTo(hint);

		container.addListener(SWT.Selection, event -> validate());
		command.addListener(SWT.Modify, event -> validate());
		command.addListener(SWT.Selection, event -> validate());
		command.setFocus();
		return area;
	}

	/** The container chosen last time when the pod has it and it runs, else the first running one. */
	private int initialContainer() {
		List<ShellTarget.Container> containers = target.containers();
		for (int i = 0; i < containers.size(); i++) {
			if (containers.get(i).name().equals(lastContainer) && containers.get(i).running()) {
				return i;
			}
		}
		Optional<ShellTarget.Container> preferred = target.preferred();
		return preferred.isPresent() ? containers.indexOf(preferred.get()) : 0;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	private void validate() {
		String problem = problem();
		setErrorMessage(problem);
		if (problem == null) {
			setMessage(NLS.bind(ShellMessages.dialog_message, target.pod()));
		}
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
		}
	}

	/** Why OK cannot run: the pod or the chosen container cannot take a shell, or the line does not parse. */
	private String problem() {
		Optional<String> pod = target.refusal();
		if (pod.isPresent()) {
			return pod.get();
		}
		ShellTarget.Container chosen = chosen();
		if (chosen != null && !chosen.running()) {
			return chosen.refusal();
		}
		try {
			CommandLines.split(command.getText());
			return null;
		} catch (InvalidCommandLineException e) {
			return e.getMessage();
		}
	}

	private ShellTarget.Container chosen() {
		int index = container.getSelectionIndex();
		return index < 0 ? null : target.containers().get(index);
	}

	@Override
	protected void okPressed() {
		try {
			ShellTarget.Container chosen = chosen();
			result = target.request(chosen == null ? null : chosen.name(), CommandLines.split(command.getText()));
		} catch (InvalidCommandLineException e) {
			setErrorMessage(e.getMessage());
			return;
		}
		ShellCommandHistory.remember(command.getText().strip(), result.container());
		super.okPressed();
	}

	/** What to run, once OK was pressed. */
	public ShellRequest request() {
		return result;
	}
}
