package io.kube9.tests.cluster.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.Kubeconfigs;

/**
 * Writes the kubeconfig set: one file with every context, and the same entries split over two files the way
 * a multi-file KUBECONFIG is used (each cluster and user defined once, in the file of the first context that
 * needs it, so the second file leans on the first).
 */
public final class KubeconfigWriter {

	/** What goes into the files. Tokens and keys end up only in files only the owner can read. */
	public record Inputs(String server, byte[] caPem, byte[] adminCertificatePem, byte[] adminKeyPem, Tokens tokens,
			String unknownToken, int refusedPort, int blackholePort) {

		@Override
		public String toString() {
			return "Inputs[" + server + "]";
		}
	}

	private static final String CLUSTER = "kube9-test";
	private static final String CLUSTER_FILES = "kube9-test-files";
	private static final String CLUSTER_REFUSED = "kube9-unreachable";
	private static final String CLUSTER_BLACKHOLE = "kube9-blackhole";
	private static final String CLUSTER_DNS = "kube9-dns-fail";
	private static final String EXEC_API_VERSION = "client.authentication.k8s.io/v1";

	private KubeconfigWriter() {
	}

	public static Kubeconfigs write(Path directory, Inputs inputs) throws IOException {
		Files.createDirectories(directory);
		Path dir = directory.toAbsolutePath().normalize();
		Path certs = dir.resolve("certs");
		Files.createDirectories(certs);
		Files.write(certs.resolve("ca.crt"), inputs.caPem());
		Files.write(certs.resolve("admin.crt"), inputs.adminCertificatePem());
		ClusterFiles.writePrivate(certs.resolve("admin.key"), inputs.adminKeyPem());
		Path execViewer = script(dir.resolve("exec-viewer.sh"), """
				#!/bin/sh
				# kube9 test exec credential plugin: prints the viewer token.
				cat <<'EOF'
				{"apiVersion":"%s","kind":"ExecCredential","status":{"token":"%s"}}
				EOF
				""".formatted(EXEC_API_VERSION, inputs.tokens().viewer()));
		Path execFailing = script(dir.resolve("exec-failing.sh"), """
				#!/bin/sh
				# kube9 test exec credential plugin that fails.
				echo '%s' >&2
				exit %d
				""".formatted(Contexts.EXEC_FAILING_MESSAGE, Contexts.EXEC_FAILING_EXIT_CODE));

		Map<String, Map<String, Object>> clusters = new LinkedHashMap<>();
		String caData = base64(inputs.caPem());
		clusters.put(CLUSTER, map("server", inputs.server(), "certificate-authority-data", caData));
		clusters.put(CLUSTER_FILES, map("server", inputs.server(), "certificate-authority", "certs/ca.crt"));
		clusters.put(CLUSTER_REFUSED,
				map("server", "https://127.0.0.1:" + inputs.refusedPort(), "certificate-authority-data", caData));
		clusters.put(CLUSTER_BLACKHOLE,
				map("server", "https://127.0.0.1:" + inputs.blackholePort(), "certificate-authority-data", caData));
		clusters.put(CLUSTER_DNS, map("server", Contexts.DNS_FAIL_SERVER, "certificate-authority-data", caData));

		Map<String, Map<String, Object>> users = new LinkedHashMap<>();
		users.put("admin", map("client-certificate-data", base64(inputs.adminCertificatePem()), "client-key-data",
				base64(inputs.adminKeyPem())));
		users.put("viewer", map("token", inputs.tokens().viewer()));
		users.put("restricted", map("token", inputs.tokens().restricted()));
		users.put("badtoken", map("token", inputs.unknownToken()));
		users.put("exec", map("exec", exec(execViewer.toString())));
		users.put("exec-failing", map("exec", exec(execFailing.toString())));
		users.put("exec-missing", map("exec", exec(Contexts.EXEC_MISSING_COMMAND)));
		users.put("admin-files", map("client-certificate", "certs/admin.crt", "client-key", "certs/admin.key"));

		Map<String, Map<String, Object>> contexts = new LinkedHashMap<>();
		contexts.put(Contexts.ADMIN, context(CLUSTER, "admin", null));
		contexts.put(Contexts.VIEWER, context(CLUSTER, "viewer", null));
		contexts.put(Contexts.RESTRICTED, context(CLUSTER, "restricted", Contexts.RESTRICTED_NAMESPACE));
		contexts.put(Contexts.BAD_TOKEN, context(CLUSTER, "badtoken", null));
		contexts.put(Contexts.UNREACHABLE, context(CLUSTER_REFUSED, "viewer", null));
		contexts.put(Contexts.BLACKHOLE, context(CLUSTER_BLACKHOLE, "viewer", null));
		contexts.put(Contexts.DNS_FAIL, context(CLUSTER_DNS, "viewer", null));
		contexts.put(Contexts.EXEC, context(CLUSTER, "exec", null));
		contexts.put(Contexts.EXEC_FAILING, context(CLUSTER, "exec-failing", null));
		contexts.put(Contexts.EXEC_MISSING, context(CLUSTER, "exec-missing", null));
		contexts.put(Contexts.RELATIVE_FILES, context(CLUSTER_FILES, "admin-files", null));
		if (!contexts.keySet().equals(new LinkedHashSet<>(Contexts.ALL))) {
			throw new IllegalStateException("Context constants and written contexts differ");
		}

		Path all = dir.resolve("kubeconfig");
		Path first = dir.resolve("kubeconfig-1");
		Path second = dir.resolve("kubeconfig-2");
		writeYaml(all, document(clusters, users, contexts, Contexts.ALL, new LinkedHashSet<>(), Contexts.ADMIN));
		Set<String> definedInFirst = new LinkedHashSet<>();
		writeYaml(first, document(clusters, users, contexts, Contexts.FIRST_FILE, definedInFirst, Contexts.ADMIN));
		writeYaml(second, document(clusters, users, contexts, Contexts.SECOND_FILE, definedInFirst, null));
		return new Kubeconfigs(dir, all, first, second);
	}

	/**
	 * A kubeconfig with the given contexts and every cluster and user they use that is not in
	 * {@code alreadyDefined}; what it defines is added there.
	 */
	private static Map<String, Object> document(Map<String, Map<String, Object>> clusters,
			Map<String, Map<String, Object>> users, Map<String, Map<String, Object>> contexts, List<String> names,
			Set<String> alreadyDefined, String currentContext) {
		List<Object> clusterEntries = new ArrayList<>();
		List<Object> userEntries = new ArrayList<>();
		List<Object> contextEntries = new ArrayList<>();
		for (String name : names) {
			Map<String, Object> context = contexts.get(name);
			String cluster = (String) context.get("cluster");
			String user = (String) context.get("user");
			if (alreadyDefined.add("cluster:" + cluster)) {
				clusterEntries.add(map("name", cluster, "cluster", clusters.get(cluster)));
			}
			if (alreadyDefined.add("user:" + user)) {
				userEntries.add(map("name", user, "user", users.get(user)));
			}
			contextEntries.add(map("name", name, "context", context));
		}
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("apiVersion", "v1");
		document.put("kind", "Config");
		document.put("preferences", new LinkedHashMap<>());
		if (currentContext != null) {
			document.put("current-context", currentContext);
		}
		document.put("clusters", clusterEntries);
		document.put("users", userEntries);
		document.put("contexts", contextEntries);
		return document;
	}

	private static Map<String, Object> context(String cluster, String user, String namespace) {
		Map<String, Object> context = map("cluster", cluster, "user", user);
		if (namespace != null) {
			context.put("namespace", namespace);
		}
		return context;
	}

	private static Map<String, Object> exec(String command) {
		// interactiveMode is required by the v1 API; Never: an IDE has no terminal to prompt on.
		return map("apiVersion", EXEC_API_VERSION, "command", command, "interactiveMode", "Never",
				"provideClusterInfo", false);
	}

	private static Map<String, Object> map(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	private static String base64(byte[] bytes) {
		return Base64.getEncoder().encodeToString(bytes);
	}

	private static Path script(Path file, String content) throws IOException {
		ClusterFiles.writePrivate(file, content.getBytes(StandardCharsets.UTF_8));
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
		return file;
	}

	private static void writeYaml(Path file, Map<String, Object> document) throws IOException {
		ClusterFiles.writePrivate(file, Yamls.dump(document).getBytes(StandardCharsets.UTF_8));
	}
}
