package io.kube9.ui.internal.changes;


import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TrayDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import io.kube9.core.changes.ApplyPreview;
import io.kube9.core.changes.FieldConflict;
import io.kube9.core.resources.ResourceRef;

/**
 * The server's dry run of an apply, compared with the live object in the Compare viewer, with what the user must
 * know before deciding: the object changed on the server since it was opened (the left side is that new
 * version), other managers own fields (Force Apply takes them over), or nothing would change.
 */
public final class ApplyCompareDialog extends TrayDialog {

	/** The user applies (taking over conflicting fields when there are conflicts). */
	public static final int APPLY = IDialogConstants.OK_ID;

	private final ApplyPreview preview;

	public ApplyCompareDialog(Shell parent, ApplyPreview preview) {
		super(parent);
		this.preview = preview;
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	/** What the dialog shows. */
	public ApplyPreview preview() {
		return preview;
	}

	/** The title the dialog has for an object (tests find it by it). */
	public static String title(ResourceRef ref) {
		return NLS.bind(ChangeMessages.compare_title, ref.name(), ref.context());
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title(preview.ref()));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		for (String notice : notices()) {
			Label label = new Label(area, SWT.WRAP);
			label.setText(notice);
			GridDataFactory.fillDefaults().grab(true, false).hint(800, SWT.DEFAULT).applyTo(label);
		}
		Control compare = YamlCompareInput.createViewer(area, preview);
		GridDataFactory.fillDefaults().grab(true, true).hint(900, 500).applyTo(compare);
		return area;
	}

	private java.util.List<String> notices() {
		java.util.List<String> notices = new java.util.ArrayList<>();
		ResourceRef ref = preview.ref();
		if (preview.changedOnServer()) {
			notices.add(preview.creates() ? NLS.bind(ChangeMessages.compare_deletedOnServer, ref.name())
					: NLS.bind(ChangeMessages.compare_changedOnServer, ref.name()));
		} else if (preview.creates()) {
			notices.add(NLS.bind(ChangeMessages.compare_creates, ref.name()));
		}
		for (FieldConflict conflict : preview.conflicts()) {
			notices.add(NLS.bind(ChangeMessages.compare_conflict, conflict.field(),
					conflict.manager().isEmpty() ? conflict.message() : conflict.manager()));
		}
		if (!preview.conflicts().isEmpty()) {
			notices.add(ChangeMessages.compare_forceExplained);
		}
		if (preview.unchanged()) {
			notices.add(ChangeMessages.compare_unchanged);
		}
		return notices;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		String apply = preview.conflicts().isEmpty() ? ChangeMessages.compare_apply : ChangeMessages.compare_forceApply;
		createButton(parent, APPLY, apply, false).setEnabled(!preview.unchanged());
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}
}
