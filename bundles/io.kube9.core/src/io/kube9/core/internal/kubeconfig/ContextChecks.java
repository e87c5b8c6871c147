package io.kube9.core.internal.kubeconfig;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import io.kube9.core.kubeconfig.KubeconfigProblem;

/**
 * Finds what would make a context fail before a client is ever built: missing entries, missing files, auth
 * mechanisms the Java client does not have. Messages name files and entries, never their content.
 */
public final class ContextChecks {

	/** The auth-provider plugins client-java 27 still has (azure was removed). */
	public static final Set<String> AUTH_PROVIDERS = Set.of("gcp", "oidc");

	/** The exec credential API versions client-java 27 understands. */
	public static final Set<String> EXEC_API_VERSIONS = Set.of("client.authentication.k8s.io/v1",
			"client.authentication.k8s.io/v1beta1");

	/** The cluster field that turns TLS verification off. */
	public static final String INSECURE_SKIP_TLS_VERIFY = "insecure-skip-tls-verify";

	private ContextChecks() {
	}

	/** Whether a cluster body turns TLS verification off (only a YAML boolean true does, as for kubectl). */
	public static boolean insecure(Map<?, ?> cluster) {
		return Boolean.TRUE.equals(cluster.get(INSECURE_SKIP_TLS_VERIFY));
	}

	/**
	 * The first problem of a context, or null when it looks usable.
	 *
	 * @param context the context entry
	 * @param cluster the cluster entry it names, or null when no file defines it
	 * @param user    the user entry it names, or null when no file defines it
	 */
	public static KubeconfigProblem check(NamedEntry context, NamedEntry cluster, NamedEntry user) {
		String name = context.name();
		String clusterName = YamlValues.string(context.body(), "cluster");
		String userName = YamlValues.string(context.body(), "user");
		if (context.malformed() != null) {
			return problem(context, name, NLS.bind(KubeconfigMessages.context_malformed, name, context.malformed()));
		}
		if (clusterName == null || clusterName.isEmpty()) {
			return problem(context, name, NLS.bind(KubeconfigMessages.context_noCluster, name));
		}
		if (cluster == null) {
			return problem(context, name, NLS.bind(KubeconfigMessages.context_missingCluster, name, clusterName));
		}
		boolean namesUser = userName != null && !userName.isEmpty();
		if (namesUser && user == null) {
			return problem(context, name, NLS.bind(KubeconfigMessages.context_missingUser, name, userName));
		}
		KubeconfigProblem found = checkCluster(name, cluster);
		if (found == null && namesUser) {
			found = checkUser(name, user);
		}
		return found;
	}

	private static KubeconfigProblem checkCluster(String context, NamedEntry cluster) {
		String what = NLS.bind(KubeconfigMessages.context_cluster, context, cluster.name());
		if (cluster.malformed() != null) {
			return problem(cluster, context, NLS.bind(KubeconfigMessages.entry_malformed, what, cluster.malformed()));
		}
		String server = YamlValues.string(cluster.body(), "server");
		if (server == null || server.isBlank()) {
			return problem(cluster, context, NLS.bind(KubeconfigMessages.cluster_noServer, what));
		}
		KubeconfigProblem found = missingFile(cluster, context, what,
				KubeconfigMessages.file_certificateAuthority, EntryPaths.CERTIFICATE_AUTHORITY);
		if (found == null && insecure(cluster.body()) && namesCertificateAuthority(cluster.body())) {
			// client-go's TLS setup refuses the combination; the Java client would silently ignore the CA.
			found = problem(cluster, context, NLS.bind(KubeconfigMessages.cluster_insecureWithCertificateAuthority,
					what));
		}
		return found;
	}

	private static boolean namesCertificateAuthority(Map<String, Object> cluster) {
		String data = YamlValues.string(cluster, "certificate-authority-data");
		String file = YamlValues.string(cluster, EntryPaths.CERTIFICATE_AUTHORITY);
		return (data != null && !data.isEmpty()) || (file != null && !file.isEmpty());
	}

	private static KubeconfigProblem checkUser(String context, NamedEntry user) {
		String what = userWhat(context, user.name());
		if (user.malformed() != null) {
			return problem(user, context, NLS.bind(KubeconfigMessages.entry_malformed, what, user.malformed()));
		}
		KubeconfigProblem found = missingFile(user, context, what, KubeconfigMessages.file_clientCertificate,
				EntryPaths.CLIENT_CERTIFICATE);
		if (found == null) {
			found = missingFile(user, context, what, KubeconfigMessages.file_clientKey, EntryPaths.CLIENT_KEY);
		}
		if (found == null) {
			found = missingFile(user, context, what, KubeconfigMessages.file_token, EntryPaths.TOKEN_FILE);
		}
		if (found == null) {
			found = checkAuthProvider(context, user, what);
		}
		if (found == null) {
			found = checkExec(context, user, what);
		}
		return found;
	}

	/**
	 * Whether the context's problem is one only the Java client has: an auth-provider it does not implement,
	 * which kubectl may (so the kubectl fallback is worth a try).
	 */
	public static boolean javaClientLacks(ContextEntries entries) {
		KubeconfigProblem problem = entries.context().problem();
		String provider = providerName(entries.user());
		return problem != null && provider != null && !provider.isEmpty() && !AUTH_PROVIDERS.contains(provider)
				&& problem.message().equals(unsupportedProvider(userWhat(entries.context().name(),
						entries.context().user()), provider));
	}

	private static String providerName(Map<String, Object> user) {
		return user.get("auth-provider") instanceof Map<?, ?> map ? YamlValues.string(map, "name") : null;
	}

	private static String userWhat(String context, String user) {
		return NLS.bind(KubeconfigMessages.context_user, context, user);
	}

	private static String unsupportedProvider(String what, String provider) {
		return NLS.bind(KubeconfigMessages.user_unsupportedAuthProvider, what, provider);
	}

	private static KubeconfigProblem checkAuthProvider(String context, NamedEntry user, String what) {
		Object provider = user.body().get("auth-provider");
		if (provider == null) {
			return null;
		}
		String name = providerName(user.body());
		if (name == null || name.isEmpty()) {
			return problem(user, context, NLS.bind(KubeconfigMessages.user_namelessAuthProvider, what));
		}
		if (!AUTH_PROVIDERS.contains(name)) {
			return problem(user, context, unsupportedProvider(what, name));
		}
		return null;
	}

	private static KubeconfigProblem checkExec(String context, NamedEntry user, String what) {
		Object exec = user.body().get(EntryPaths.EXEC);
		if (exec == null) {
			return null;
		}
		if (!(exec instanceof Map<?, ?> map)) {
			return problem(user, context, NLS.bind(KubeconfigMessages.user_execNotAMapping, what));
		}
		String command = YamlValues.string(map, EntryPaths.COMMAND);
		if (command == null || command.isBlank()) {
			return problem(user, context, NLS.bind(KubeconfigMessages.user_execWithoutCommand, what));
		}
		String apiVersion = YamlValues.string(map, "apiVersion");
		if (apiVersion == null || !EXEC_API_VERSIONS.contains(apiVersion)) {
			return problem(user, context, apiVersion == null
					? NLS.bind(KubeconfigMessages.user_execWithoutApiVersion, what)
					: NLS.bind(KubeconfigMessages.user_execUnsupportedApiVersion, what, apiVersion));
		}
		return null;
	}

	/** The file named by a field (already absolute), when it cannot be read. */
	private static KubeconfigProblem missingFile(NamedEntry entry, String context, String what, String label,
			String key) {
		String value = YamlValues.string(entry.body(), key);
		if (value == null || value.isEmpty()) {
			return null;
		}
		Path path;
		try {
			path = Path.of(value);
		} catch (InvalidPathException e) {
			return problem(entry, context, NLS.bind(KubeconfigMessages.file_invalidPath, what, label));
		}
		if (!Files.exists(path)) {
			return problem(entry, context, NLS.bind(KubeconfigMessages.file_missing, new Object[] { what, label, path }));
		}
		if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
			return problem(entry, context, NLS.bind(KubeconfigMessages.file_unreadable, new Object[] { what, label, path }));
		}
		return null;
	}

	private static KubeconfigProblem problem(NamedEntry where, String context, String message) {
		return new KubeconfigProblem(where.file(), context, message);
	}
}
