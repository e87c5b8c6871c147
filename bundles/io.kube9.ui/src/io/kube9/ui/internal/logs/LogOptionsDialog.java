package io.kube9.ui.internal.logs;

import java.time.Duration;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.kube9.core.logs.LogRequest;

/** Show Logs…: how much to show (last lines or all, since when), timestamps, the previous instance, follow. */
public final class LogOptionsDialog extends Dialog {

	private Text tail;
	private Button all;
	private Text sinceMinutes;
	private Button timestamps;
	private Button previous;
	private Button follow;
	private LogOptions result;

	public LogOptionsDialog(Shell parent) {
		super(parent);
	}

	/** The options chosen, or null when cancelled. */
	public static LogOptions ask(Shell parent) {
		LogOptionsDialog dialog = new LogOptionsDialog(parent);
		return dialog.open() == OK ? dialog.result : null;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(LogUiMessages.options_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(fields);

		new Label(fields, SWT.NONE).setText(LogUiMessages.options_tail);
		tail = new Text(fields, SWT.BORDER);
		tail.setText(Integer.toString(LogPreferences.tailLines()));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(tail);
		all = check(fields, LogUiMessages.options_all, false);
		all.addListener(SWT.Selection, event -> validate());
		new Label(fields, SWT.NONE).setText(LogUiMessages.options_since);
		sinceMinutes = new Text(fields, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(sinceMinutes);
		timestamps = check(fields, LogUiMessages.options_timestamps, false);
		previous = check(fields, LogUiMessages.options_previous, false);
		follow = check(fields, LogUiMessages.options_follow, true);
		tail.addListener(SWT.Modify, event -> validate());
		sinceMinutes.addListener(SWT.Modify, event -> validate());
		return area;
	}

	private static Button check(Composite parent, String label, boolean selected) {
		Button button = new Button(parent, SWT.CHECK);
		button.setText(label);
		button.setSelection(selected);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(button);
		return button;
	}

	private void validate() {
		tail.setEnabled(!all.getSelection());
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled((all.getSelection() || number(tail.getText()) >= 0)
					&& (sinceMinutes.getText().isBlank() || number(sinceMinutes.getText()) > 0));
		}
	}

	private static int number(String text) {
		try {
			return Integer.parseInt(text.trim());
		} catch (NumberFormatException e) {
			return -1;
		}
	}

	@Override
	protected void okPressed() {
		int minutes = number(sinceMinutes.getText());
		result = new LogOptions(all.getSelection() ? LogRequest.ALL_LINES : number(tail.getText()),
				previous.getSelection(), timestamps.getSelection(),
				minutes > 0 ? Duration.ofMinutes(minutes) : null, follow.getSelection());
		super.okPressed();
	}
}
