package io.kube9.core.internal.kubeconfig;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What the kubeconfig lookup reads from the process's surroundings: environment variables, the home directory
 * and the pod's service-account directory. Tests pass their own instead of the real ones.
 */
public interface KubeEnvironment {

	/** Where Kubernetes mounts a pod's service-account token, CA and namespace. */
	Path SERVICE_ACCOUNT_DIR = Path.of("/var/run/secrets/kubernetes.io/serviceaccount");

	/** The variable's value, or null when it is not set. */
	String getenv(String name);

	/** The user's home directory, holding .kube/config. */
	Path home();

	/** The service-account directory checked for in-cluster configuration. */
	Path serviceAccountDir();

	/** The real process environment. */
	public static KubeEnvironment system() {
		return new KubeEnvironment() {
			@Override
			public String getenv(String name) {
				return System.getenv(name);
			}

			@Override
			public Path home() {
				// Like kubectl: $HOME when set, which may differ from the account's home directory.
				String home = System.getenv("HOME");
				return Path.of(home == null || home.isEmpty() ? System.getProperty("user.home") : home);
			}

			@Override
			public Path serviceAccountDir() {
				return SERVICE_ACCOUNT_DIR;
			}
		};
	}

	/** A fixed environment, for tests. */
	public static KubeEnvironment of(Map<String, String> variables, Path home, Path serviceAccountDir) {
		Map<String, String> copy = Map.copyOf(variables);
		Objects.requireNonNull(home);
		Objects.requireNonNull(serviceAccountDir);
		return new KubeEnvironment() {
			@Override
			public String getenv(String name) {
				return copy.get(name);
			}

			@Override
			public Path home() {
				return home;
			}

			@Override
			public Path serviceAccountDir() {
				return serviceAccountDir;
			}
		};
	}
}
