package io.kube9.core.kubeconfig;

import java.util.function.Consumer;

import io.kube9.core.errors.KubeException;

/**
 * The kubeconfig as kubectl loads it, kept current: the files are watched and every change is published.
 * Reads touch local files only; writes are atomic and change nothing but the one field they are about.
 */
public interface KubeconfigService {

	/** The last loaded snapshot (loads it on first use). */
	Kubeconfig current();

	/** Reads the files again now; publishes a change if there is one. */
	Kubeconfig reload();

	/**
	 * The namespace listings of a context follow: the IDE's choice when namespaces are kept in the IDE, else the
	 * context's namespace in the kubeconfig, else "default".
	 */
	String activeNamespace(String context);

	/**
	 * Makes a namespace the context's active one, in the kubeconfig file that defines the context or in the
	 * IDE only, as the settings say. Publishes the change.
	 */
	void setActiveNamespace(String context, String namespace) throws KubeException;

	/** Makes a context the current one, in the file kubectl would write it to. Publishes the change. */
	void setCurrentContext(String context) throws KubeException;

	void addListener(Consumer<KubeconfigChange> listener);

	void removeListener(Consumer<KubeconfigChange> listener);
}
