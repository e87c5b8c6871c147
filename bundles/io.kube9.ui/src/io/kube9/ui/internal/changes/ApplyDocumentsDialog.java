package io.kube9.ui.internal.changes;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TrayDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import io.kube9.core.changes.ApplyPreview;
import io.kube9.core.changes.DocumentPreview;

/**
 * The dry run of every document of a file: a row per object saying what the apply would do (create, change,
 * nothing, conflict, or why it cannot be applied) and, for the selected one, the Compare viewer of the live
 * object against the result. Apply sends what would change; conflicting fields only when the user ticks force.
 */
public final class ApplyDocumentsDialog extends TrayDialog {

	private final String title;
	private final List<DocumentPreview> documents;
	private Composite compareHolder;
	private Control compare;
	private Button forceButton;
	private boolean force;
	private Table table;

	ApplyDocumentsDialog(Shell parent, String title, List<DocumentPreview> documents) {
		super(parent);
		this.title = title;
		this.documents = documents;
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	/** The title for a file and a context (tests find the dialog by it). */
	public static String title(String file, String context) {
		return NLS.bind(ChangeMessages.documents_title, file, context);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		SashForm sash = new SashForm(area, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).hint(900, 600).applyTo(sash);
		table = new Table(sash, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		for (String header : List.of(ChangeMessages.documents_object, ChangeMessages.documents_plan)) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(header);
			column.setWidth(header.equals(ChangeMessages.documents_object) ? 300 : 580);
		}
		for (DocumentPreview document : documents) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { DocumentOutcome.name(document), DocumentOutcome.planned(document) });
		}
		compareHolder = new Composite(sash, SWT.NONE);
		compareHolder.setLayout(new org.eclipse.swt.layout.FillLayout());
		sash.setWeights(1, 3);
		table.addListener(SWT.Selection, event -> show(table.getSelectionIndex()));
		if (documents.stream().anyMatch(d -> d.preview() != null && !d.preview().conflicts().isEmpty())) {
			forceButton = new Button(area, SWT.CHECK);
			forceButton.setText(ChangeMessages.documents_force);
			forceButton.addListener(SWT.Selection, event -> force = forceButton.getSelection());
		}
		if (!documents.isEmpty()) {
			table.select(0);
			show(0);
		}
		return area;
	}

	private void show(int index) {
		if (compare != null) {
			compare.dispose();
			compare = null;
		}
		ApplyPreview preview = index < 0 ? null : documents.get(index).preview();
		if (preview == null) {
			compareHolder.layout();
			return;
		}
		compare = YamlCompareInput.createViewer(compareHolder, preview);
		compareHolder.layout();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		boolean anything = documents.stream().anyMatch(d -> d.preview() != null && !d.preview().unchanged());
		createButton(parent, IDialogConstants.OK_ID, ChangeMessages.compare_apply, false).setEnabled(anything);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
	}

	/** The documents as shown, with what each would do (tests read it). */
	public List<String> plans() {
		return documents.stream().map(d -> DocumentOutcome.name(d) + ": " + DocumentOutcome.planned(d)).toList(); //$NON-NLS-1$
	}

	/** Ticks force, as the user would (tests). */
	public void force(boolean value) {
		force = value;
		if (forceButton != null) {
			forceButton.setSelection(value);
		}
	}

	boolean forced() {
		return force;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}
}
