package io.kube9.core.kubeconfig;

import java.nio.file.Path;

/**
 * One context of the merged kubeconfig, as a value. Holds no credentials, so it is safe to log and show.
 *
 * @param name      the context's name, unique in the merged kubeconfig
 * @param cluster   the name of the cluster entry it refers to
 * @param server    the API server URL, or empty when the cluster entry is missing
 * @param user      the name of the user entry it refers to
 * @param namespace the namespace written in the context, or null when it names none
 * @param file      the kubeconfig file that defines the context
 * @param problem   what makes the context unusable, or null when it looks usable
 * @param insecure  whether its cluster entry turns TLS verification off ({@code insecure-skip-tls-verify: true}):
 *                  the server's certificate is not checked, so anyone on the network path can pose as the
 *                  cluster. (Together with a certificate authority that is a {@link #problem()}, as for kubectl.)
 */
public record KubeContext(String name, String cluster, String server, String user, String namespace, Path file,
		KubeconfigProblem problem, boolean insecure) {

	public static final String DEFAULT_NAMESPACE = "default";

	/** The namespace kubectl would use for this context. */
	public String namespaceOrDefault() {
		return namespace == null || namespace.isEmpty() ? DEFAULT_NAMESPACE : namespace;
	}

	public boolean usable() {
		return problem == null;
	}
}
