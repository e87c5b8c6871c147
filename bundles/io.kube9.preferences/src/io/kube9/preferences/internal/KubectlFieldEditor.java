package io.kube9.preferences.internal;

import java.io.File;
import java.util.concurrent.TimeUnit;

import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;

/** The kubectl executable: empty (found on PATH) or a file that answers {@code kubectl version --client}. */
final class KubectlFieldEditor extends FileFieldEditor {

	private static final long TIMEOUT_SECONDS = 10;

	private String checkedFile;
	private String checkedProblem;

	KubectlFieldEditor(Composite parent) {
		super(PreferenceKeys.KUBECTL_PATH, Messages.kubectl_label, true, VALIDATE_ON_KEY_STROKE,
				parent);
		setEmptyStringAllowed(true);
	}

	@Override
	protected boolean checkState() {
		String path = getStringValue().trim();
		if (path.isEmpty()) {
			clearErrorMessage();
			return true;
		}
		// Each keystroke asks again: kubectl runs once per file (path and modification time), not per check.
		String file = path + "@" + new File(path).lastModified();
		if (!file.equals(checkedFile)) {
			checkedFile = file;
			checkedProblem = problemRunning(path);
		}
		String problem = checkedProblem;
		if (problem == null) {
			clearErrorMessage();
			return true;
		}
		setErrorMessage(NLS.bind(Messages.kubectl_notRunnable, problem));
		showErrorMessage();
		return false;
	}

	/** Runs it locally (no network): null when it answers, else why not. */
	static String problemRunning(String path) {
		File file = new File(path);
		if (!file.isFile() || !file.canExecute()) {
			return path;
		}
		try {
			Process process = new ProcessBuilder(path, "version", "--client").redirectErrorStream(true).start();
			process.getOutputStream().close();
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return path;
			}
			String output = new String(process.getInputStream().readAllBytes());
			return process.exitValue() == 0 && output.contains("Client Version") ? null : output.strip();
		} catch (java.io.IOException e) {
			return e.getMessage();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return path;
		}
	}
}
