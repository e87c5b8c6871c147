package io.kube9.ui.internal.yaml;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.statushandlers.StatusManager;

import io.kube9.core.Kube9Core;
import io.kube9.core.resources.ResourceObject;
import io.kube9.core.resources.ResourceRef;
import io.kube9.ui.internal.CommandJob;
import io.kube9.ui.internal.Messages;

/** Fetches an object in a job and opens its YAML in the default text editor, read-only. */
public final class YamlEditors {

	private YamlEditors() {
	}

	/**
	 * The job that fetches {@code ref} and opens it in {@code page}; the caller schedules it.
	 *
	 * @param revealSecretValues show a Secret's values decoded from base64 (the caller has asked the user), in an
	 *                           editor whose title says so
	 */
	public static CommandJob open(Kube9Core core, ResourceRef ref, boolean revealSecretValues, IWorkbenchPage page) {
		Display display = page.getWorkbenchWindow().getShell().getDisplay();
		return new CommandJob(NLS.bind(Messages.job_openYaml, ref.name()), monitor -> {
			// Fetched whole and never cached: what the editor shows is what the server has now.
			ResourceObject object = core.resources().fetch(ref);
			String yaml = revealSecretValues ? object.yamlWithDecodedSecretValues() : object.yaml(false);
			YamlEditorInput input = new YamlEditorInput(ref, yaml, revealSecretValues);
			display.asyncExec(() -> openEditor(page, input));
		});
	}

	private static void openEditor(IWorkbenchPage page, YamlEditorInput input) {
		if (page.getWorkbenchWindow().getShell() == null || page.getWorkbenchWindow().getShell().isDisposed()) {
			return;
		}
		try {
			page.openEditor(input, EditorsUI.DEFAULT_TEXT_EDITOR_ID);
		} catch (PartInitException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
		}
	}
}
