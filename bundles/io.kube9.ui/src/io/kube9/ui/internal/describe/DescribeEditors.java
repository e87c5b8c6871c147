package io.kube9.ui.internal.describe;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.statushandlers.StatusManager;

import io.kube9.core.Kube9Core;
import io.kube9.core.resources.ResourceRef;
import io.kube9.ui.internal.CommandJob;

/** Describes an object in a job and shows it in a read-only text editor, replacing an older description of it. */
public final class DescribeEditors {

	private DescribeEditors() {
	}

	/** The job that describes {@code ref} and opens it in {@code page}; the caller schedules it. */
	public static CommandJob open(Kube9Core core, ResourceRef ref, IWorkbenchPage page) {
		Display display = page.getWorkbenchWindow().getShell().getDisplay();
		return new CommandJob(NLS.bind(DescribeUiMessages.job_describe, ref.name()), monitor -> {
			DescribeEditorInput input = new DescribeEditorInput(ref, core.describe().describe(ref));
			display.asyncExec(() -> show(page, input));
		});
	}

	private static void show(IWorkbenchPage page, DescribeEditorInput input) {
		if (page.getWorkbenchWindow().getShell() == null || page.getWorkbenchWindow().getShell().isDisposed()) {
			return;
		}
		IEditorPart older = page.findEditor(input);
		if (older != null) {
			page.closeEditor(older, false);
		}
		try {
			page.openEditor(input, EditorsUI.DEFAULT_TEXT_EDITOR_ID);
		} catch (PartInitException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
		}
	}
}
