package io.kube9.core.internal.kubeconfig;

import java.util.Map;

import io.kube9.core.kubeconfig.KubeContext;

/**
 * What building a client for a context needs: the context and the bodies of its cluster and user entries, with
 * relative paths already made absolute against the files that define them. Holds credentials: never log it.
 */
public record ContextEntries(KubeContext context, Map<String, Object> cluster, Map<String, Object> user) {

	@Override
	public String toString() {
		return "ContextEntries[" + context.name() + "]";
	}
}
