package io.kube9.ui.internal.changes;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.editors.text.TextEditor;

import io.kube9.core.changes.EditableObject;

/**
 * Edit YAML: a text editor on one object whose Save (Ctrl+S) validates the text, shows the server's dry run of
 * the apply against the live object in a comparison, and applies it only when the user confirms.
 */
public final class YamlEditEditor extends TextEditor {

	public static final String ID = "io.kube9.ui.yamlEditor"; //$NON-NLS-1$

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		setDocumentProvider(new EditYamlDocumentProvider());
	}

	@Override
	public void doSave(IProgressMonitor progressMonitor) {
		if (getEditorInput() instanceof EditYamlInput input) {
			SaveToCluster.start(this, input, text());
		}
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	/** The text as the user has it now. */
	public String text() {
		return document().get();
	}

	/** After an apply: the text becomes the object as applied, with nothing left to save. */
	void applied(EditYamlInput input, EditableObject object) {
		input.replace(object);
		try {
			getDocumentProvider().resetDocument(input);
		} catch (org.eclipse.core.runtime.CoreException e) {
			document().set(object.yaml());
		}
	}

	/** Puts the cursor where a syntax error is (line and column from 1). */
	void reveal(int line, int column) {
		IDocument document = document();
		try {
			int offset = document.getLineOffset(Math.max(0, Math.min(line - 1, document.getNumberOfLines() - 1)));
			selectAndReveal(Math.min(offset + Math.max(0, column - 1), document.getLength()), 0);
		} catch (BadLocationException e) {
			// The text changed meanwhile: leave the cursor where it is.
		}
	}

	private IDocument document() {
		return getDocumentProvider().getDocument(getEditorInput());
	}
}
