package io.kube9.preferences.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Text;

/**
 * The kubectl executable: empty (found on PATH) or a file that answers {@code kubectl version --client}. The
 * check runs in a job when the field is left (or on Apply), never per keystroke and never on the UI thread; the
 * field counts as invalid until the answer is in. Each value is checked once.
 */
final class KubectlFieldEditor extends FileFieldEditor {

	/** Per value checked: the problem, or empty when kubectl answered. UI thread only. */
	private final Map<String, Optional<String>> answers = new HashMap<>();
	private String checking;

	KubectlFieldEditor(Composite parent) {
		super(PreferenceKeys.KUBECTL_PATH, Messages.kubectl_label, true, VALIDATE_ON_FOCUS_LOST, parent);
		setEmptyStringAllowed(true);
	}

	/**
	 * Whether the value may be stored now: empty, or checked and runnable. Otherwise the check starts (if it has
	 * not) and the page shows that it runs.
	 */
	boolean readyToStore() {
		return checkState();
	}

	@Override
	protected boolean checkState() {
		String path = getStringValue().trim();
		if (path.isEmpty()) {
			clearErrorMessage();
			return true;
		}
		Optional<String> answer = answers.get(path);
		if (answer == null) {
			check(path);
			setErrorMessage(NLS.bind(Messages.kubectl_checking, path));
			showErrorMessage();
			return false;
		}
		if (answer.isEmpty()) {
			clearErrorMessage();
			return true;
		}
		setErrorMessage(NLS.bind(Messages.kubectl_notRunnable, answer.get()));
		showErrorMessage();
		return false;
	}

	/**
	 * Browse: the file dialog starts at the value typed, without first asking the file system whether it exists
	 * (the platform's editor does, on the UI thread, and a path on a hung share would freeze it).
	 */
	@Override
	protected String changePressed() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.SHEET);
		String typed = getStringValue().trim();
		if (!typed.isEmpty()) {
			dialog.setFileName(typed);
		}
		String chosen = dialog.open();
		return chosen == null ? null : chosen.trim();
	}

	private void check(String path) {
		if (path.equals(checking)) {
			return;
		}
		checking = path;
		Display display = getTextControl().getDisplay();
		new KubectlCheck(path, problem -> display.asyncExec(() -> answered(path, problem))).schedule();
	}

	private void answered(String path, String problem) {
		answers.put(path, Optional.ofNullable(problem));
		if (path.equals(checking)) {
			checking = null;
		}
		Text text = getTextControl();
		if (text != null && !text.isDisposed() && path.equals(getStringValue().trim())) {
			// Validates again and tells the page, which enables or disables its buttons.
			valueChanged();
		}
	}
}
