package io.kube9.core.kubeconfig;

import java.util.Set;

/**
 * What changed between two loads of the kubeconfig. A context counts as changed when any of its fields, its
 * cluster entry or its user entry differ.
 */
public record KubeconfigChange(Kubeconfig before, Kubeconfig after, Set<String> added, Set<String> removed,
		Set<String> changed, boolean currentContextChanged) {

	public boolean isEmpty() {
		return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && !currentContextChanged;
	}
}
