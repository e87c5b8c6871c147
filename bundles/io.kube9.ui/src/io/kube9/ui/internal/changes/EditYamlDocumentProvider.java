package io.kube9.ui.internal.changes;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.editors.text.StorageDocumentProvider;

/**
 * The text of an object being edited: modifiable, and never saved anywhere by the provider: the editor's save
 * is the dry run, the comparison and the apply ({@link SaveToCluster}).
 */
final class EditYamlDocumentProvider extends StorageDocumentProvider {

	@Override
	public boolean isReadOnly(Object element) {
		return !(element instanceof EditYamlInput) || super.isReadOnly(element);
	}

	@Override
	public boolean isModifiable(Object element) {
		return element instanceof EditYamlInput;
	}

	@Override
	protected void doSaveDocument(IProgressMonitor monitor, Object element, IDocument document, boolean overwrite) {
		// Saving goes to the cluster, through the editor.
	}
}
