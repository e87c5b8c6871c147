package io.kube9.core;

/** Where Set as Active Namespace keeps its choice. */
public enum NamespaceMode {
	/** Write it into the context in the kubeconfig file, as {@code kubectl config set-context --current} does. */
	KUBECONFIG,
	/** Keep it in the IDE only; the kubeconfig is not touched. */
	IDE_ONLY;
}
