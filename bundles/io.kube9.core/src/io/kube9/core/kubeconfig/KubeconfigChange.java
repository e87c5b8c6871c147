package io.kube9.core.kubeconfig;

import java.util.Set;

/**
 * What changed between two loads of the kubeconfig. A context counts as changed when any of its fields, its
 * cluster entry or its user entry differ.
 *
 * @param namespaceOnly the changed contexts whose namespace is all that changed: they still reach the same
 *                      cluster as the same user (Set as Active Namespace)
 */
public record KubeconfigChange(Kubeconfig before, Kubeconfig after, Set<String> added, Set<String> removed,
		Set<String> changed, Set<String> namespaceOnly, boolean currentContextChanged) {

	/** Nothing changed: the same contexts, current context and file problems (a file that broke or was fixed). */
	public boolean isEmpty() {
		return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && !currentContextChanged
				&& !problemsChanged();
	}

	/** Whether the problems of whole files differ: a file became unreadable or malformed, or was fixed. */
	public boolean problemsChanged() {
		return !before.problems().equals(after.problems());
	}
}
