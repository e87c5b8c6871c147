package io.kube9.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.core.Kube9Core;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.kubeconfig.KubeContext;
import io.kube9.core.kubeconfig.KubeconfigProblem;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourcePage;
import io.kube9.core.resources.ResourceQuery;
import io.kube9.core.status.ClusterStatus;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.SharedTestCluster;
import io.kube9.tests.cluster.TestCluster;

/**
 * Issue 11's KUBECONFIG, as a new user had it: three files, the first malformed YAML, 35 contexts between the
 * other two (good ones, refused ports, unresolvable hosts, exec plugins that succeed, fail with a message, are
 * missing, hang or answer nonsense, a missing and a wrong CA, an unknown auth-provider, dangling references, TLS
 * verification off alone and together with a CA), with the kubectl fallback on. Every context shows its own
 * classified problem, never kubectl's complaint about the malformed file. The table of what each one shows is
 * printed and written to target/issue-11-contexts.md.
 */
class IssueKubeconfigTest {

	private static final String V1 = "client.authentication.k8s.io/v1";
	private static final long DEADLINE_SECONDS = 120;

	@TempDir
	Path directory;

	/** What a context must show: null kind for a listing that works; key words of the message or detail. */
	private record Expected(ErrorKind kind, String... words) {
	}

	@Test
	void everyContextShowsItsOwnClassifiedProblem() throws Exception {
		TestCluster cluster = SharedTestCluster.get();
		Path broken = Files.writeString(directory.resolve("broken.yaml"),
				"apiVersion: v1\nclusters:\n- name: half\n  cluster: {server: https://half:6443\n");
		Map<String, Expected> expected = new LinkedHashMap<>();
		Path extra = writeExtra(cluster, expected);
		expectTheTestClustersOwn(expected);

		try (Kube9Core engine = Kube9Core.create(Engines.settings(broken, extra, cluster.kubeconfigs().all()))) {
			assertEquals(35, engine.kubeconfig().current().contexts().size());
			KubeconfigProblem brokenFile = engine.kubeconfig().current().problems().stream()
					.filter(problem -> problem.file().equals(broken)).findFirst().orElseThrow();
			assertTrue(brokenFile.message().contains("is not valid YAML") && brokenFile.message().contains("line 5"),
					brokenFile.message());

			Map<String, CompletableFuture<ResourcePage>> listings = new LinkedHashMap<>();
			Map<String, CompletableFuture<ClusterStatus>> checks = new LinkedHashMap<>();
			for (String context : expected.keySet()) {
				listings.put(context, engine.resources().listAsync(ResourceQuery.of(context, ResourceKinds.NAMESPACES),
						true));
				checks.put(context, engine.status().checkOnce(context));
			}
			List<String> rows = new ArrayList<>();
			List<String> wrong = new ArrayList<>();
			for (Map.Entry<String, Expected> entry : expected.entrySet()) {
				String name = entry.getKey();
				KubeContext context = engine.kubeconfig().current().context(name).orElseThrow();
				Outcome listing = outcome(listings.get(name));
				ClusterStatus check = checks.get(name).get(DEADLINE_SECONDS, TimeUnit.SECONDS);
				rows.add(row(context, check, listing, cluster));
				String problem = verdict(entry.getValue(), listing, check, name);
				if (problem != null) {
					wrong.add(name + ": " + problem);
				}
			}
			String table = table(rows, broken, brokenFile);
			System.out.println(table);
			Files.writeString(targetDirectory().resolve("issue-11-contexts.md"), table, StandardCharsets.UTF_8);
			assertEquals(List.of(), wrong);
			assertTrue(engine.kubeconfig().current().context("insecure").orElseThrow().insecure());
		}
	}

	/** The problems of the expected kind, with its words, and nothing about the malformed file. */
	private static String verdict(Expected expected, Outcome listing, ClusterStatus check, String name) {
		if (listing.kind() != expected.kind()) {
			return "listing shows " + listing.kind() + " (" + listing.text() + "), expected " + expected.kind();
		}
		for (String word : expected.words()) {
			if (!listing.text().contains(word)) {
				return "listing does not say '" + word + "': " + listing.text();
			}
		}
		if (listing.text().contains("broken.yaml")) {
			return "it shows kubectl's complaint about the malformed file: " + listing.text();
		}
		boolean reachableExpected = expected.kind() == null || expected.kind() == ErrorKind.PERMISSION;
		if (check.connectivity().reachable() != reachableExpected) {
			return "its check says reachable=" + check.connectivity().reachable();
		}
		if (!reachableExpected && check.connectivity().error().kind() != expected.kind()) {
			return "its check shows " + check.connectivity().error().kind() + " (" + check.connectivity().error().detail()
					+ ")";
		}
		return null;
	}

	private void expectTheTestClustersOwn(Map<String, Expected> expected) {
		expected.put(Contexts.ADMIN, new Expected(null));
		expected.put(Contexts.VIEWER, new Expected(null));
		expected.put(Contexts.RESTRICTED, new Expected(ErrorKind.PERMISSION, "namespaces is forbidden"));
		expected.put(Contexts.BAD_TOKEN, new Expected(ErrorKind.AUTHENTICATION));
		expected.put(Contexts.UNREACHABLE, new Expected(ErrorKind.REFUSED));
		expected.put(Contexts.BLACKHOLE, new Expected(ErrorKind.TIMEOUT));
		expected.put(Contexts.DNS_FAIL, new Expected(ErrorKind.DNS, "kube9-test.invalid"));
		expected.put(Contexts.EXEC, new Expected(null));
		expected.put(Contexts.EXEC_FAILING, new Expected(ErrorKind.CREDENTIAL_PLUGIN,
				"exited with code " + Contexts.EXEC_FAILING_EXIT_CODE, Contexts.EXEC_FAILING_MESSAGE));
		expected.put(Contexts.EXEC_MISSING, new Expected(ErrorKind.CREDENTIAL_PLUGIN,
				"'" + Contexts.EXEC_MISSING_COMMAND + "' was not found"));
		expected.put(Contexts.RELATIVE_FILES, new Expected(null));
	}

	/** The middle file: 24 contexts of its own, leaning on the test cluster's entries where they can. */
	private Path writeExtra(TestCluster cluster, Map<String, Expected> expected) throws Exception {
		ExtraKubeconfig extra = new ExtraKubeconfig(cluster);
		String good = extra.clusterOf(Contexts.ADMIN);
		String admin = extra.userOf(Contexts.ADMIN);
		String viewer = extra.userOf(Contexts.VIEWER);
		String viewerToken = extra.tokenOf(viewer);
		byte[] ca = Files.readAllBytes(cluster.caCertificate());
		// Any certificate that did not sign the server's will do as a wrong CA: the admin's client certificate.
		Path wrongCa = cluster.kubeconfigs().directory().resolve("certs/admin.crt");

		context(extra, expected, "good-admin", good, admin, null);
		context(extra, expected, "good-viewer", good, viewer, null);
		plugin(extra, expected, "plugin-good", credential(V1, "\"token\":\"" + viewerToken + "\""), null);
		Path beta = ExtraKubeconfig.script(directory.resolve("plugins/plugin-v1beta1"),
				credential("client.authentication.k8s.io/v1beta1", "\"token\":\"" + viewerToken + "\""));
		extra.user("plugin-v1beta1", Map.of("exec", Map.of("apiVersion", "client.authentication.k8s.io/v1beta1",
				"command", beta.toString())));
		context(extra, expected, "plugin-v1beta1", good, "plugin-v1beta1", null);
		context(extra, expected, "refused", extra.clusterOf(Contexts.UNREACHABLE), viewer, new Expected(ErrorKind.REFUSED));
		extra.cluster("nowhere", Map.of("server", "https://kube9-issue-11.invalid:6443",
				"certificate-authority-data", Base64.getEncoder().encodeToString(ca)));
		context(extra, expected, "unresolvable", "nowhere", viewer, new Expected(ErrorKind.DNS, "kube9-issue-11.invalid"));
		plugin(extra, expected, "plugin-failing", "echo 'kube9-issue: your SSO session expired, run: sso login' >&2\nexit 2\n",
				new Expected(ErrorKind.CREDENTIAL_PLUGIN, "exited with code 2", "your SSO session expired"));
		extra.user("plugin-missing", Map.of("exec", Map.of("apiVersion", V1, "command", "kube9-issue-11-no-such-plugin",
				"installHint", "Install it with: brew install kube9-issue-11-no-such-plugin")));
		context(extra, expected, "plugin-missing", good, "plugin-missing", new Expected(ErrorKind.CREDENTIAL_PLUGIN,
				"was not found", "brew install"));
		plugin(extra, expected, "plugin-hanging", "exec sleep 120\n",
				new Expected(ErrorKind.CREDENTIAL_PLUGIN, "did not answer within"));
		plugin(extra, expected, "plugin-empty-token", credential(V1, "\"token\":\"\""),
				new Expected(ErrorKind.CREDENTIAL_PLUGIN, "neither a token nor a client certificate"));
		plugin(extra, expected, "plugin-malformed-json", "echo '{\"apiVersion\":'\n",
				new Expected(ErrorKind.CREDENTIAL_PLUGIN, "not JSON"));
		plugin(extra, expected, "plugin-wrong-apiversion",
				credential("client.authentication.k8s.io/v1beta1", "\"token\":\"" + viewerToken + "\""),
				new Expected(ErrorKind.CREDENTIAL_PLUGIN, "not client.authentication.k8s.io/v1"));
		plugin(extra, expected, "plugin-wrong-kind",
				"echo '{\"apiVersion\":\"" + V1 + "\",\"kind\":\"Secret\",\"status\":{\"token\":\"x\"}}'\n",
				new Expected(ErrorKind.CREDENTIAL_PLUGIN, "not an ExecCredential"));
		plugin(extra, expected, "plugin-expired", credential(V1, "\"token\":\"" + viewerToken
				+ "\",\"expirationTimestamp\":\"2020-01-01T00:00:00Z\""),
				new Expected(ErrorKind.CREDENTIAL_PLUGIN, "expired at 2020-01-01T00:00:00Z"));
		plugin(extra, expected, "plugin-certificate-without-key",
				credential(V1, "\"clientCertificateData\":\"-----BEGIN CERTIFICATE-----\""),
				new Expected(ErrorKind.CREDENTIAL_PLUGIN, "a client certificate without its key"));
		extra.cluster("ca-missing", Map.of("server", cluster.server(), "certificate-authority", "/nonexistent/kube9/ca.crt"));
		context(extra, expected, "ca-file-missing", "ca-missing", admin,
				new Expected(ErrorKind.KUBECONFIG, "/nonexistent/kube9/ca.crt does not exist"));
		extra.cluster("ca-wrong", Map.of("server", cluster.server(), "certificate-authority", wrongCa.toString()));
		context(extra, expected, "ca-wrong", "ca-wrong", admin, new Expected(ErrorKind.TLS));
		extra.user("azure", Map.of("auth-provider", Map.of("name", "azure", "config", Map.of())));
		context(extra, expected, "auth-provider-unknown", good, "azure",
				new Expected(ErrorKind.KUBECONFIG, "auth-provider 'azure'", "kubectl, tried next, failed too"));
		context(extra, expected, "dangling-cluster", "no-such-cluster", viewer,
				new Expected(ErrorKind.KUBECONFIG, "refers to cluster 'no-such-cluster'"));
		context(extra, expected, "dangling-user", good, "no-such-user",
				new Expected(ErrorKind.KUBECONFIG, "refers to user 'no-such-user'"));
		extra.cluster("insecure", Map.of("server", cluster.server(), "insecure-skip-tls-verify", true));
		context(extra, expected, "insecure", "insecure", admin, null);
		extra.cluster("insecure-with-ca", Map.of("server", cluster.server(), "insecure-skip-tls-verify", true,
				"certificate-authority-data", Base64.getEncoder().encodeToString(ca)));
		context(extra, expected, "insecure-with-ca", "insecure-with-ca", admin,
				new Expected(ErrorKind.KUBECONFIG, "with the insecure flag is not allowed"));
		context(extra, expected, "bad-token", good, extra.userOf(Contexts.BAD_TOKEN),
				new Expected(ErrorKind.AUTHENTICATION));
		extra.cluster("no-server", Map.of("certificate-authority-data", Base64.getEncoder().encodeToString(ca)));
		context(extra, expected, "no-server", "no-server", admin, new Expected(ErrorKind.KUBECONFIG, "has no server"));
		return extra.write(directory.resolve("teams.yaml"));
	}

	private static void context(ExtraKubeconfig extra, Map<String, Expected> expected, String name, String cluster,
			String user, Expected shows) {
		extra.context(name, cluster, user);
		expected.put(name, shows == null ? new Expected(null) : shows);
	}

	/** A context whose user is an exec plugin running this script; the script also says who ran it on stderr. */
	private void plugin(ExtraKubeconfig extra, Map<String, Expected> expected, String name, String script,
			Expected shows) throws Exception {
		Path command = ExtraKubeconfig.script(directory.resolve("plugins").resolve(name), script);
		extra.execUser(name, command);
		context(extra, expected, name, extra.clusterOf(Contexts.ADMIN), name, shows);
	}

	private static String credential(String apiVersion, String status) {
		return "echo '{\"apiVersion\":\"" + apiVersion + "\",\"kind\":\"ExecCredential\",\"status\":{" + status + "}}'\n";
	}

	/** What a listing showed: its kind (null when it worked) and its words. */
	private record Outcome(ErrorKind kind, String text) {
	}

	private static Outcome outcome(CompletableFuture<ResourcePage> listing) throws Exception {
		try {
			ResourcePage page = listing.get(DEADLINE_SECONDS, TimeUnit.SECONDS);
			return new Outcome(null, page.items().size() + " namespaces via " + page.backend()
					+ (page.servedByFallback() ? " (fallback after: " + page.fallbackFrom().getMessage() + ")" : ""));
		} catch (ExecutionException e) {
			if (!(e.getCause() instanceof KubeException kube)) {
				throw e;
			}
			return new Outcome(kube.kind(), kube.getMessage() + (kube.detail().isEmpty() ? "" : " — " + kube.detail()));
		}
	}

	private static String row(KubeContext context, ClusterStatus check, Outcome listing, TestCluster cluster) {
		String file = context.file().getFileName().toString();
		String reached = check.connectivity().reachable() ? "reachable " + check.connectivity().version()
				: "unreachable: " + check.connectivity().error().kind();
		String shows = listing.kind() == null ? "OK, " + listing.text() : listing.kind() + ": " + listing.text();
		String flags = context.insecure() ? " ⚠ TLS verification off" : "";
		return "| " + context.name() + " | " + file + " | " + reached + " | "
				+ oneLine(shows, cluster) + flags + " |";
	}

	/** One line for a table cell: line breaks as ' / ', paths of this run shortened. */
	private static String oneLine(String text, TestCluster cluster) {
		return text.replace(cluster.kubeconfigs().directory().toString(), "…").replace("\r", "").replace("\n", " / ")
				.replace("|", "\\|");
	}

	private String table(List<String> rows, Path broken, KubeconfigProblem brokenFile) {
		StringBuilder table = new StringBuilder("Issue 11's KUBECONFIG: broken.yaml, teams.yaml, the test cluster's"
				+ " kubeconfig; the kubectl fallback on\n\n");
		table.append("File problem shown: ").append(brokenFile.message().replace(directory.toString(), "…"))
				.append("\n\n");
		table.append("| context | defined in | cluster check | namespaces listing: what it shows |\n");
		table.append("|---|---|---|---|\n");
		rows.forEach(row -> table.append(row.replace(directory.toString(), "…")).append('\n'));
		return table.toString();
	}

	/** The test bundle's target folder (tycho-surefire runs in target/work). */
	private static Path targetDirectory() throws Exception {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (dir.getFileName() != null && dir.getFileName().toString().equals("target")) {
				return dir;
			}
		}
		return Files.createDirectories(Path.of("target").toAbsolutePath());
	}
}
