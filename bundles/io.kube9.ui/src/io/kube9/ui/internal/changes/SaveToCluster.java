package io.kube9.ui.internal.changes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import io.kube9.core.Kube9Core;
import io.kube9.core.changes.ApplyPreview;
import io.kube9.core.changes.EditableObject;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;

/**
 * Saving an edited object: a job validates the text and asks the server for the dry run, the comparison is shown,
 * and only the user's Apply starts the job that applies (with the resourceVersion the comparison saw, so a change
 * made meanwhile is refused, never overwritten). The editor then holds the object as applied.
 */
public final class SaveToCluster {

	private static final Pattern POSITION = Pattern.compile("^line (\\d+), column (\\d+):"); //$NON-NLS-1$

	private SaveToCluster() {
	}

	/** Starts the dry run of the editor's text; the comparison opens when it answers. */
	public static ChangeJob start(YamlEditEditor editor, EditYamlInput input, String text) {
		Display display = editor.getSite().getShell().getDisplay();
		EditableObject opened = input.object();
		ChangeJob job = new ChangeJob(NLS.bind(ChangeMessages.job_compare, opened.ref().name()),
				monitor -> {
					ApplyPreview preview = Kube9Core.get().changes().preview(opened, text);
					display.asyncExec(() -> confirm(editor, input, preview));
				}) {
			@Override
			protected void failed(KubeException e) {
				super.failed(e);
				Matcher position = POSITION.matcher(e.detail() == null ? "" : e.detail()); //$NON-NLS-1$
				if (e.kind() == ErrorKind.INVALID && position.find()) {
					int line = Integer.parseInt(position.group(1));
					int column = Integer.parseInt(position.group(2));
					display.asyncExec(() -> {
						if (editor.getSite().getShell() != null && !editor.getSite().getShell().isDisposed()) {
							editor.reveal(line, column);
						}
					});
				}
			}
		};
		job.schedule();
		return job;
	}

	private static void confirm(YamlEditEditor editor, EditYamlInput input, ApplyPreview preview) {
		if (editor.getSite().getShell() == null || editor.getSite().getShell().isDisposed()) {
			return;
		}
		if (new ApplyCompareDialog(editor.getSite().getShell(), preview).open() != ApplyCompareDialog.APPLY) {
			return;
		}
		Display display = editor.getSite().getShell().getDisplay();
		boolean force = !preview.conflicts().isEmpty();
		boolean reveal = input.object().secretValuesShown();
		new ChangeJob(NLS.bind(ChangeMessages.job_apply, preview.ref().name()), monitor -> {
			EditableObject applied = Kube9Core.get().changes().apply(preview, force, reveal);
			display.asyncExec(() -> {
				if (editor.getSite().getShell() != null && !editor.getSite().getShell().isDisposed()) {
					editor.applied(input, applied);
				}
			});
			TreeRefresh.after(display, input.listing(), preview.ref().context(), false);
		}).schedule();
	}
}
