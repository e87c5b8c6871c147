package io.kube9.core.internal.client;

import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.kubeconfig.ContextEntries;

/** Where the client pool gets a context's kubeconfig entries from (the current kubeconfig snapshot). */
@FunctionalInterface
public interface ContextEntriesProvider {

	/** @throws KubeException of kind KUBECONFIG when the context is unknown or unusable */
	ContextEntries entries(String context) throws KubeException;
}
