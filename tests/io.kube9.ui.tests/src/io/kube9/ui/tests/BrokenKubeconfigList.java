package io.kube9.ui.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kube9.core.errors.ErrorKind;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.TestCluster;

/**
 * The kubeconfig list of issue 11, as a new user's may look: the test cluster's own file (eleven contexts), a
 * malformed file, and a file of this test's whose 24 contexts lean on the first one's clusters and users and add
 * what goes wrong in real kubeconfigs: TLS verification off (alone and with a CA), a missing and a wrong CA, a
 * refused port, an unresolvable host, a server that never answers, credential plugins that succeed, fail, are
 * missing, hang, answer an empty token or no JSON or an old apiVersion, an unknown auth-provider, missing token and
 * certificate files, and dangling references.
 */
final class BrokenKubeconfigList {

	/** What a context shows once expanded: its categories (kind null), or one error of this kind. */
	record Expected(String context, ErrorKind kind) {
	}

	/** The clusters and users of the test cluster's file (KubeconfigWriter's names), which this list reuses. */
	private static final String CLUSTER = "kube9-test";
	private static final String REFUSED = "kube9-unreachable";
	private static final String BLACKHOLE = "kube9-blackhole";
	private static final String DNS = "kube9-dns-fail";

	private final List<Path> files;
	private final Path malformed;
	private final List<Expected> expected;

	private BrokenKubeconfigList(List<Path> files, Path malformed, List<Expected> expected) {
		this.files = files;
		this.malformed = malformed;
		this.expected = expected;
	}

	/** The files in list order: the test cluster's, the malformed one, this test's. */
	List<Path> files() {
		return files;
	}

	Path malformed() {
		return malformed;
	}

	/** Every context, in the order the explorer lists them. */
	List<Expected> expected() {
		return expected;
	}

	static BrokenKubeconfigList write(TestCluster cluster, Path directory) throws IOException {
		Path malformed = Files.writeString(directory.resolve("broken.yaml"), """
				apiVersion: v1
				kind: Config
				contexts:
				- name: in-the-broken-file
				  context: {cluster: kube9-test, user: admin
				users: []
				""");
		Path hanging = script(directory.resolve("hanging-plugin.sh"), "exec sleep 600\n");
		Path emptyToken = script(directory.resolve("empty-token-plugin.sh"),
				"echo '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\","
						+ "\"status\":{\"token\":\"\"}}'\n");
		Path garbage = script(directory.resolve("garbage-plugin.sh"), "echo 'this is not an ExecCredential'\n");
		String ca = base64(Files.readAllBytes(cluster.caCertificate()));
		// A real certificate, but not the one that signed the server's: verification fails.
		String wrongCa = base64(Files.readAllBytes(cluster.kubeconfigs().directory().resolve("certs/admin.crt")));
		String server = cluster.server();

		Map<String, String> clusters = new LinkedHashMap<>();
		clusters.put("extra-insecure", "{server: '" + server + "', insecure-skip-tls-verify: true}");
		clusters.put("extra-insecure-with-ca", "{server: '" + server + "', insecure-skip-tls-verify: true, "
				+ "certificate-authority-data: " + ca + "}");
		clusters.put("extra-missing-ca", "{server: '" + server + "', certificate-authority: '"
				+ directory.resolve("no-such-ca.crt") + "'}");
		clusters.put("extra-wrong-ca", "{server: '" + server + "', certificate-authority-data: " + wrongCa + "}");

		Map<String, String> users = new LinkedHashMap<>();
		users.put("extra-exec-hanging", exec("client.authentication.k8s.io/v1", hanging));
		users.put("extra-exec-empty-token", exec("client.authentication.k8s.io/v1", emptyToken));
		users.put("extra-exec-garbage", exec("client.authentication.k8s.io/v1", garbage));
		users.put("extra-exec-v1alpha1", exec("client.authentication.k8s.io/v1alpha1", emptyToken));
		users.put("extra-auth-provider", "{auth-provider: {name: azure, config: {}}}");
		users.put("extra-missing-token-file", "{tokenFile: '" + directory.resolve("no-such-token") + "'}");
		users.put("extra-missing-client-certificate", "{client-certificate: '" + directory.resolve("no-such.crt")
				+ "', client-key: '" + directory.resolve("no-such.key") + "'}");

		List<Expected> expected = new ArrayList<>(List.of(new Expected(Contexts.ADMIN, null),
				new Expected(Contexts.VIEWER, null), new Expected(Contexts.RESTRICTED, null),
				new Expected(Contexts.BAD_TOKEN, ErrorKind.AUTHENTICATION),
				new Expected(Contexts.UNREACHABLE, ErrorKind.REFUSED), new Expected(Contexts.BLACKHOLE, ErrorKind.TIMEOUT),
				new Expected(Contexts.DNS_FAIL, ErrorKind.DNS), new Expected(Contexts.EXEC, null),
				new Expected(Contexts.EXEC_FAILING, ErrorKind.CREDENTIAL_PLUGIN),
				new Expected(Contexts.EXEC_MISSING, ErrorKind.CREDENTIAL_PLUGIN),
				new Expected(Contexts.RELATIVE_FILES, null)));
		StringBuilder contexts = new StringBuilder();
		context(contexts, expected, "x-admin-team-a", CLUSTER, "admin", "team-a", null);
		context(contexts, expected, "x-viewer", CLUSTER, "viewer", null, null);
		context(contexts, expected, "x-restricted", CLUSTER, "restricted", null, null);
		context(contexts, expected, "x-exec-ok", CLUSTER, "exec", null, null);
		context(contexts, expected, "x-insecure", "extra-insecure", "admin", null, null);
		context(contexts, expected, "x-insecure-with-ca", "extra-insecure-with-ca", "admin", null, ErrorKind.KUBECONFIG);
		context(contexts, expected, "x-missing-ca", "extra-missing-ca", "admin", null, ErrorKind.KUBECONFIG);
		context(contexts, expected, "x-wrong-ca", "extra-wrong-ca", "admin", null, ErrorKind.TLS);
		context(contexts, expected, "x-refused", REFUSED, "admin", null, ErrorKind.REFUSED);
		context(contexts, expected, "x-dns", DNS, "admin", null, ErrorKind.DNS);
		context(contexts, expected, "x-blackhole", BLACKHOLE, "admin", null, ErrorKind.TIMEOUT);
		context(contexts, expected, "x-bad-token", CLUSTER, "badtoken", null, ErrorKind.AUTHENTICATION);
		context(contexts, expected, "x-exec-failing", CLUSTER, "exec-failing", null, ErrorKind.CREDENTIAL_PLUGIN);
		context(contexts, expected, "x-exec-missing", CLUSTER, "exec-missing", null, ErrorKind.CREDENTIAL_PLUGIN);
		context(contexts, expected, "x-exec-hanging", CLUSTER, "extra-exec-hanging", null, ErrorKind.CREDENTIAL_PLUGIN);
		context(contexts, expected, "x-exec-empty-token", CLUSTER, "extra-exec-empty-token", null,
				ErrorKind.CREDENTIAL_PLUGIN);
		context(contexts, expected, "x-exec-garbage", CLUSTER, "extra-exec-garbage", null, ErrorKind.CREDENTIAL_PLUGIN);
		context(contexts, expected, "x-exec-v1alpha1", CLUSTER, "extra-exec-v1alpha1", null, ErrorKind.KUBECONFIG);
		context(contexts, expected, "x-auth-provider", CLUSTER, "extra-auth-provider", null, ErrorKind.KUBECONFIG);
		context(contexts, expected, "x-missing-token-file", CLUSTER, "extra-missing-token-file", null,
				ErrorKind.KUBECONFIG);
		context(contexts, expected, "x-missing-client-certificate", CLUSTER, "extra-missing-client-certificate", null,
				ErrorKind.KUBECONFIG);
		context(contexts, expected, "x-dangling-cluster", "no-such-cluster", "admin", null, ErrorKind.KUBECONFIG);
		context(contexts, expected, "x-dangling-user", CLUSTER, "no-such-user", null, ErrorKind.KUBECONFIG);
		context(contexts, expected, "x-no-cluster", null, "admin", null, ErrorKind.KUBECONFIG);

		StringBuilder text = new StringBuilder("apiVersion: v1\nkind: Config\nclusters:\n");
		clusters.forEach((name, body) -> text.append("- name: ").append(name).append("\n  cluster: ").append(body)
				.append('\n'));
		text.append("users:\n");
		users.forEach((name, body) -> text.append("- name: ").append(name).append("\n  user: ").append(body)
				.append('\n'));
		text.append("contexts:\n").append(contexts);
		Path extra = directory.resolve("extra.yaml");
		Files.writeString(extra, text, StandardCharsets.UTF_8);
		Files.setPosixFilePermissions(extra, PosixFilePermissions.fromString("rw-------"));
		return new BrokenKubeconfigList(List.of(cluster.kubeconfigs().all(), malformed, extra), malformed,
				List.copyOf(expected));
	}

	private static void context(StringBuilder contexts, List<Expected> expected, String name, String cluster,
			String user, String namespace, ErrorKind kind) {
		contexts.append("- name: ").append(name).append("\n  context: {");
		List<String> fields = new ArrayList<>();
		if (cluster != null) {
			fields.add("cluster: " + cluster);
		}
		fields.add("user: " + user);
		if (namespace != null) {
			fields.add("namespace: " + namespace);
		}
		contexts.append(String.join(", ", fields)).append("}\n");
		expected.add(new Expected(name, kind));
	}

	private static String exec(String apiVersion, Path command) {
		return "{exec: {apiVersion: " + apiVersion + ", command: '" + command + "', interactiveMode: Never}}";
	}

	private static Path script(Path file, String body) throws IOException {
		Files.writeString(file, "#!/bin/sh\n" + body, StandardCharsets.UTF_8);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
		return file;
	}

	private static String base64(byte[] bytes) {
		return Base64.getEncoder().encodeToString(bytes);
	}
}
