package io.kube9.ui.internal.changes;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.QualifiedName;

/**
 * Where a workspace file is applied: a context and the namespace for namespaced objects that name none;
 * remembered per file (its persistent properties) as the last choice.
 *
 * @param context   the kubeconfig context
 * @param namespace the default namespace, or empty to require every namespaced object to name one
 */
public record ApplyTarget(String context, String namespace) {

	private static final QualifiedName CONTEXT = new QualifiedName("io.kube9.ui", "applyContext"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final QualifiedName NAMESPACE = new QualifiedName("io.kube9.ui", "applyNamespace"); //$NON-NLS-1$ //$NON-NLS-2$

	/** The last choice for the file, or null. */
	static ApplyTarget remembered(IFile file) {
		try {
			String context = file.getPersistentProperty(CONTEXT);
			String namespace = file.getPersistentProperty(NAMESPACE);
			return context == null ? null : new ApplyTarget(context, namespace == null ? "" : namespace); //$NON-NLS-1$
		} catch (CoreException e) {
			return null; // not remembered: the user chooses again
		}
	}

	void rememberFor(IFile file) {
		try {
			file.setPersistentProperty(CONTEXT, context);
			file.setPersistentProperty(NAMESPACE, namespace);
		} catch (CoreException e) {
			// Not remembered: the next apply asks again, nothing else is lost.
		}
	}
}
