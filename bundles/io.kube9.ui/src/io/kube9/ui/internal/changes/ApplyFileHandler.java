package io.kube9.ui.internal.changes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

import io.kube9.core.Kube9Core;
import io.kube9.core.changes.DocumentPreview;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.kubeconfig.KubeContext;
import io.kube9.core.kubeconfig.Kubeconfig;
import io.kube9.ui.internal.handlers.HandlerShells;

/**
 * Apply to Cluster… of a YAML file (selected in the Project Explorer, or the active editor's, unsaved text
 * included): the context and default namespace are chosen (the last choice for the file proposed), every
 * document is dry-run and shown, and only Apply sends what would change, reporting per object once.
 */
public final class ApplyFileHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerShells.of(event);
		IFile file = null;
		String unsaved = null;
		IStructuredSelection selection = HandlerUtil.getCurrentStructuredSelection(event);
		if (selection.size() == 1) {
			file = Adapters.adapt(selection.getFirstElement(), IFile.class);
		}
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (file == null && editor != null) {
			IEditorInput input = editor.getEditorInput();
			file = Adapters.adapt(input, IFile.class);
			if (file != null && editor instanceof ITextEditor text) {
				unsaved = text.getDocumentProvider().getDocument(input).get();
			}
		}
		if (file == null) {
			return null;
		}
		IFile target = file;
		String editorText = unsaved;
		Display display = shell.getDisplay();
		new ChangeJob(NLS.bind(ChangeMessages.job_readFile, file.getName()), monitor -> {
			String text = editorText != null ? editorText : read(target);
			Kubeconfig kubeconfig = Kube9Core.get().kubeconfig().current();
			List<String> contexts = kubeconfig.contexts().stream().map(KubeContext::name).toList();
			ApplyTarget proposed = ApplyTarget.remembered(target);
			if (proposed == null) {
				String current = kubeconfig.currentContext().orElse(contexts.isEmpty() ? "" : contexts.get(0)); //$NON-NLS-1$
				proposed = new ApplyTarget(current, kubeconfig.context(current)
						.map(KubeContext::namespaceOrDefault).orElse("")); //$NON-NLS-1$
			}
			ApplyTarget initial = proposed;
			display.asyncExec(() -> choose(shell, target, text, contexts, initial));
		}).schedule();
		return null;
	}

	private static void choose(Shell shell, IFile file, String text, List<String> contexts, ApplyTarget proposed) {
		if (shell.isDisposed()) {
			return;
		}
		ApplyTargetDialog dialog = new ApplyTargetDialog(shell, file.getFullPath().toString(), contexts, proposed);
		if (dialog.open() != Window.OK) {
			return;
		}
		ApplyTarget target = dialog.target();
		target.rememberFor(file);
		Display display = shell.getDisplay();
		new ChangeJob(NLS.bind(ChangeMessages.job_compare, file.getName()), monitor -> {
			List<DocumentPreview> documents = Kube9Core.get().changes().previewDocuments(target.context(), text,
					target.namespace().isEmpty() ? null : target.namespace());
			display.asyncExec(() -> confirm(shell, file, target, documents));
		}).schedule();
	}

	private static void confirm(Shell shell, IFile file, ApplyTarget target, List<DocumentPreview> documents) {
		if (shell.isDisposed()) {
			return;
		}
		ApplyDocumentsDialog dialog = new ApplyDocumentsDialog(shell,
				ApplyDocumentsDialog.title(file.getName(), target.context()), documents);
		if (dialog.open() != Window.OK) {
			return;
		}
		boolean force = dialog.forced();
		Display display = shell.getDisplay();
		new ChangeJob(NLS.bind(ChangeMessages.job_apply, file.getName()), monitor -> {
			List<DocumentOutcome> outcomes = new ArrayList<>();
			for (DocumentPreview document : documents) {
				outcomes.add(apply(document, force));
			}
			Kube9Core.get().resources().invalidateContext(target.context());
			TreeRefresh.after(display, new io.kube9.ui.internal.tree.ClusterNode(target.context()), target.context(),
					false);
			display.asyncExec(() -> {
				if (!shell.isDisposed()) {
					new ApplyReportDialog(shell, ApplyReportDialog.title(file.getName(), target.context()), outcomes)
							.open();
				}
			});
		}).schedule();
	}

	/** One document applied (or not), each on its own: one failure does not stop the others. */
	private static DocumentOutcome apply(DocumentPreview document, boolean force) {
		String name = DocumentOutcome.name(document);
		if (document.failure() != null) {
			return new DocumentOutcome(document.document(), name, true, DocumentOutcome.failure(document.failure()));
		}
		if (document.preview().unchanged()) {
			return new DocumentOutcome(document.document(), name, false, ChangeMessages.documents_unchanged);
		}
		if (!document.preview().conflicts().isEmpty() && !force) {
			return new DocumentOutcome(document.document(), name, true, ChangeMessages.report_conflictSkipped);
		}
		try {
			Kube9Core.get().changes().apply(document.preview(), force, false);
			return new DocumentOutcome(document.document(), name, false,
					document.preview().creates() ? ChangeMessages.report_created : ChangeMessages.report_applied);
		} catch (KubeException e) {
			return new DocumentOutcome(document.document(), name, true, DocumentOutcome.failure(e));
		}
	}

	private static String read(IFile file) throws KubeException {
		try (InputStream contents = file.getContents()) {
			return new String(contents.readAllBytes(), Charset.forName(file.getCharset()));
		} catch (CoreException | IOException e) {
			throw new KubeException(ErrorKind.UNKNOWN, null, NLS.bind(ChangeMessages.file_unreadable, file.getName()),
					ChangeMessages.file_unreadableAction, String.valueOf(e.getMessage()), e);
		}
	}
}
