package io.kube9.ui.internal.changes;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/** What became of every document of an applied file, reported once. */
public final class ApplyReportDialog extends MessageDialog {

	private final List<DocumentOutcome> outcomes;

	ApplyReportDialog(Shell parent, String title, List<DocumentOutcome> outcomes) {
		super(parent, title, null, text(outcomes),
				outcomes.stream().anyMatch(DocumentOutcome::failed) ? WARNING : INFORMATION, 0, IDialogConstants.OK_LABEL);
		this.outcomes = List.copyOf(outcomes);
	}

	/** The title for a file and a context (tests find the dialog by it). */
	public static String title(String file, String context) {
		return NLS.bind(ChangeMessages.report_title, file, context);
	}

	/** What it reports (tests read it). */
	public List<DocumentOutcome> outcomes() {
		return outcomes;
	}

	private static String text(List<DocumentOutcome> outcomes) {
		return String.join("\n", outcomes.stream().map(o -> o.object() + ": " + o.text()).toList()); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
