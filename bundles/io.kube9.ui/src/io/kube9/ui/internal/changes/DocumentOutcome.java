package io.kube9.ui.internal.changes;

import org.eclipse.osgi.util.NLS;

import io.kube9.core.changes.DocumentPreview;
import io.kube9.core.errors.KubeException;

/** What became of one document of an applied file, in words for the user. */
public record DocumentOutcome(int document, String object, boolean failed, String text) {

	/** What the dry run says the apply would do. */
	static String planned(DocumentPreview document) {
		if (document.failure() != null) {
			return failure(document.failure());
		}
		if (document.preview().creates()) {
			return ChangeMessages.documents_create;
		}
		if (document.preview().unchanged()) {
			return ChangeMessages.documents_unchanged;
		}
		if (!document.preview().conflicts().isEmpty()) {
			return NLS.bind(ChangeMessages.documents_conflict, String.join(", ", //$NON-NLS-1$
					document.preview().conflicts().stream().map(c -> c.field() + " (" + c.manager() + ")").toList())); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return ChangeMessages.documents_change;
	}

	static String failure(KubeException e) {
		return NLS.bind(ChangeMessages.documents_failed, e.getMessage(),
				e.detail() == null || e.detail().isEmpty() ? "" : ": " + e.detail()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	static String name(DocumentPreview document) {
		return document.object().isBlank() ? NLS.bind(ChangeMessages.documents_unnamed, document.document())
				: document.object();
	}
}
