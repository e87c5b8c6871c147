package io.kube9.core.internal.kubeconfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The configuration a pod gets from Kubernetes: the API server's address in two environment variables, and a
 * token, the cluster CA and the pod's namespace in the service-account directory.
 *
 * @param server    the API server URL
 * @param caFile    the cluster CA certificate
 * @param tokenFile the service-account token (read by the client, never by us)
 * @param namespace the pod's namespace, or null when the directory has none
 * @param directory the service-account directory
 */
public record InClusterConfig(String server, Path caFile, Path tokenFile, String namespace, Path directory) {

	/** The name of the synthetic context, its cluster and its user, as client-go calls it. */
	public static final String NAME = "in-cluster";

	/** The in-cluster configuration, when this process runs in a pod. */
	public static Optional<InClusterConfig> detect(KubeEnvironment environment) {
		String host = environment.getenv("KUBERNETES_SERVICE_HOST");
		String port = environment.getenv("KUBERNETES_SERVICE_PORT");
		Path directory = environment.serviceAccountDir();
		Path token = directory.resolve("token");
		if (host == null || host.isBlank() || port == null || port.isBlank() || !Files.exists(token)) {
			return Optional.empty();
		}
		host = host.trim();
		// An IPv6 address needs brackets in a URL.
		String authority = (host.contains(":") ? "[" + host + "]" : host) + ":" + port.trim();
		return Optional.of(new InClusterConfig("https://" + authority, directory.resolve("ca.crt"), token,
				readNamespace(directory.resolve("namespace")), directory));
	}

	private static String readNamespace(Path file) {
		try {
			String namespace = Files.readString(file, StandardCharsets.UTF_8).trim();
			return namespace.isEmpty() ? null : namespace;
		} catch (IOException e) {
			// No namespace file means "default", as for any context without one.
			return null;
		}
	}
}
