package io.kube9.core.internal.kubeconfig;

import static io.kube9.core.internal.kubeconfig.Kubeconfigs.load;
import static io.kube9.core.internal.kubeconfig.Kubeconfigs.touch;
import static io.kube9.core.internal.kubeconfig.Kubeconfigs.withKubeconfig;
import static io.kube9.core.internal.kubeconfig.Kubeconfigs.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.errors.ClientSideFailure;
import io.kube9.core.kubeconfig.KubeContext;
import io.kube9.core.kubeconfig.KubeconfigProblem;

/** Every kind of bad input stays a local problem; everything else still loads. */
class KubeconfigProblemsTest {

	/** A good file loaded after each bad one: its context must survive whatever the bad file does. */
	private static final String GOOD = """
			clusters:
			- name: good
			  cluster:
			    server: https://good:6443
			users:
			- name: good
			  user:
			    token: good-token
			contexts:
			- name: good
			  context:
			    cluster: good
			    user: good
			""";

	@TempDir
	Path dir;

	private Path good;

	@BeforeEach
	void writeGoodFile() {
		good = write(dir.resolve("good/config"), GOOD);
	}

	@Test
	void malformedYamlIsAFileProblemWithItsPosition() {
		Path bad = write(dir.resolve("bad"), "clusters:\n- name: x\n  cluster: {server: [unclosed\n");

		MergedKubeconfig merged = load(withKubeconfig(dir, bad, good));

		KubeconfigProblem problem = onlyProblem(merged, bad);
		assertNull(problem.context());
		assertTrue(problem.message().contains("not valid YAML") && problem.message().contains("line "),
				problem.message());
		assertGoodStillLoads(merged);
		// kubectl stops at a file it cannot parse: it is given the others only.
		assertEquals(List.of(bad, good), merged.files());
		assertEquals(List.of(good), merged.filesKubectlCanLoad());
	}

	@Test
	void aFileThatIsNotUtf8IsUnreadable() {
		Path bad = dir.resolve("latin1");
		write(bad, "");
		writeBytes(bad, new byte[] { 'a', ':', ' ', (byte) 0xE9, '\n' });

		MergedKubeconfig merged = load(withKubeconfig(dir, bad, good));

		assertTrue(onlyProblem(merged, bad).message().contains("cannot be read"));
		assertGoodStillLoads(merged);
	}

	@Test
	void aFileWithoutReadPermissionIsUnreadable() throws Exception {
		Path bad = write(dir.resolve("secret"), GOOD.replace("good", "hidden"));
		Files.setPosixFilePermissions(bad, PosixFilePermissions.fromString("---------"));
		// The superuser reads anything; the check only means something for an ordinary user.
		assumeTrue(!Files.isReadable(bad), "running with permission to read everything");

		MergedKubeconfig merged = load(withKubeconfig(dir, bad, good));

		assertTrue(onlyProblem(merged, bad).message().contains("permission denied"));
		assertGoodStillLoads(merged);
	}

	@Test
	void aDocumentThatIsNotAMappingIsAProblem() {
		Path list = write(dir.resolve("list"), "- a\n- b\n");
		Path scalar = write(dir.resolve("scalar"), "just text\n");

		MergedKubeconfig merged = load(withKubeconfig(dir, list, scalar, good));

		assertTrue(onlyProblem(merged, list).message().contains("a list, not a mapping"));
		assertTrue(onlyProblem(merged, scalar).message().contains("a single value, not a mapping"));
		assertGoodStillLoads(merged);
	}

	@Test
	void anEmptyFileIsAnEmptyConfig() {
		Path empty = write(dir.resolve("empty"), "# nothing yet\n");

		MergedKubeconfig merged = load(withKubeconfig(dir, empty, good));

		assertTrue(merged.problems().isEmpty(), merged.problems().toString());
		assertGoodStillLoads(merged);
	}

	@Test
	void entriesWithoutNameAreSkippedWithAProblem() {
		Path bad = write(dir.resolve("nameless"), """
				clusters:
				- cluster: {server: https://nameless:6443}
				- name: named
				  cluster: {server: https://named:6443}
				users:
				- user: {token: t}
				- name: ""
				  user: {token: t}
				contexts:
				- context: {cluster: named}
				- name: fine
				  context: {cluster: named}
				- not a mapping
				""");

		MergedKubeconfig merged = load(withKubeconfig(dir, bad, good));

		List<String> messages = merged.problems().stream().map(KubeconfigProblem::message).toList();
		assertEquals(5, messages.size(), messages.toString());
		assertTrue(messages.get(0).startsWith("Entry 1 of 'clusters'") && messages.get(0).contains("has no name"));
		assertTrue(messages.get(1).startsWith("Entry 1 of 'users'"));
		assertTrue(messages.get(2).startsWith("Entry 2 of 'users'"));
		assertTrue(messages.get(3).startsWith("Entry 1 of 'contexts'"));
		assertTrue(messages.get(4).startsWith("Entry 3 of 'contexts'") && messages.get(4).contains("not a mapping"));
		assertTrue(merged.context("fine").orElseThrow().usable());
		assertGoodStillLoads(merged);
	}

	@Test
	void aSectionThatIsNotAListIsAProblem() {
		Path bad = write(dir.resolve("bad"), "clusters: {name: x}\ncontexts:\n- name: c\n  context: {cluster: x}\n");

		MergedKubeconfig merged = load(withKubeconfig(dir, bad, good));

		assertTrue(onlyProblem(merged, bad).message().contains("'clusters'"));
		// The context survives, with its own problem: its cluster is nowhere.
		assertProblem(merged, "c", bad, "refers to cluster 'x', which no kubeconfig file defines");
	}

	@Test
	void contextsNamingMissingEntriesHaveAProblem() {
		Path bad = write(dir.resolve("bad"), """
				contexts:
				- name: no-cluster
				  context: {cluster: nowhere, user: good}
				- name: no-user
				  context: {cluster: good, user: nobody}
				- name: names-none
				  context: {user: good}
				- name: body-is-text
				  context: text
				""");

		MergedKubeconfig merged = load(withKubeconfig(dir, bad, good));

		assertProblem(merged, "no-cluster", bad, "refers to cluster 'nowhere', which no kubeconfig file defines");
		assertProblem(merged, "no-user", bad, "refers to user 'nobody', which no kubeconfig file defines");
		assertProblem(merged, "names-none", bad, "names no cluster");
		assertProblem(merged, "body-is-text", bad, "is malformed");
		assertEquals("", merged.context("no-cluster").orElseThrow().server());
		assertGoodStillLoads(merged);
	}

	@Test
	void aContextWithoutUserIsAnonymousAndUsable() {
		Path file = write(dir.resolve("anonymous"), """
				clusters:
				- name: open
				  cluster: {server: https://open:6443}
				contexts:
				- name: anonymous
				  context: {cluster: open}
				""");

		MergedKubeconfig merged = load(withKubeconfig(dir, file));

		assertTrue(merged.context("anonymous").orElseThrow().usable());
	}

	@Test
	void aClusterWithoutServerIsAProblemOfItsContexts() {
		Path bad = write(dir.resolve("bad"), """
				clusters:
				- name: empty
				  cluster: {insecure-skip-tls-verify: true}
				contexts:
				- name: c
				  context: {cluster: empty, user: good}
				""");

		assertProblem(load(withKubeconfig(dir, bad, good)), "c", bad, "has no server address");
	}

	@Test
	void missingFilesAreNamedInTheProblem() {
		Path clusterFile = write(dir.resolve("clusters/config"), """
				clusters:
				- name: ca
				  cluster: {server: https://ca:6443, certificate-authority: ca.crt}
				""");
		Path userFile = write(dir.resolve("users/config"), """
				users:
				- name: cert
				  user: {client-certificate: client.crt, client-key: client.key}
				- name: key
				  user: {client-certificate: present.crt, client-key: client.key}
				- name: token
				  user: {tokenFile: /nonexistent/token}
				contexts:
				- name: ca
				  context: {cluster: ca, user: good}
				- name: cert
				  context: {cluster: good, user: cert}
				- name: key
				  context: {cluster: good, user: key}
				- name: token
				  context: {cluster: good, user: token}
				""");
		touch(dir.resolve("users/present.crt"));

		MergedKubeconfig merged = load(withKubeconfig(dir, userFile, clusterFile, good));

		// The cluster's problem is in the file that defines the cluster, not the context's file.
		assertProblem(merged, "ca", clusterFile,
				"the certificate authority file " + dir.resolve("clusters/ca.crt") + " does not exist");
		assertProblem(merged, "cert", userFile,
				"the client certificate file " + dir.resolve("users/client.crt") + " does not exist");
		assertProblem(merged, "key", userFile,
				"the client key file " + dir.resolve("users/client.key") + " does not exist");
		assertProblem(merged, "token", userFile, "the token file /nonexistent/token does not exist");
		assertGoodStillLoads(merged);
	}

	@Test
	void tlsVerificationOffIsShownAndWithACertificateAuthorityAProblem() {
		touch(dir.resolve("ca.crt"));
		Path file = write(dir.resolve("insecure"), """
				clusters:
				- name: insecure
				  cluster: {server: https://insecure:6443, insecure-skip-tls-verify: true}
				- name: insecure-with-ca-data
				  cluster: {server: https://insecure:6443, insecure-skip-tls-verify: true, certificate-authority-data: Y2E=}
				- name: insecure-with-ca-file
				  cluster: {server: https://insecure:6443, insecure-skip-tls-verify: true, certificate-authority: ca.crt}
				- name: verified
				  cluster: {server: https://insecure:6443, insecure-skip-tls-verify: false, certificate-authority: ca.crt}
				- name: quoted
				  cluster: {server: https://insecure:6443, insecure-skip-tls-verify: "true"}
				contexts:
				- {name: insecure, context: {cluster: insecure, user: good}}
				- {name: insecure-with-ca-data, context: {cluster: insecure-with-ca-data, user: good}}
				- {name: insecure-with-ca-file, context: {cluster: insecure-with-ca-file, user: good}}
				- {name: verified, context: {cluster: verified, user: good}}
				- {name: quoted, context: {cluster: quoted, user: good}}
				""");

		MergedKubeconfig merged = load(withKubeconfig(dir, file, good));

		KubeContext insecure = merged.context("insecure").orElseThrow();
		assertTrue(insecure.insecure());
		assertTrue(insecure.usable(), String.valueOf(insecure.problem()));
		for (String both : List.of("insecure-with-ca-data", "insecure-with-ca-file")) {
			assertProblem(merged, both, file, "specifying a root certificates file with the insecure flag is not allowed");
			assertTrue(merged.context(both).orElseThrow().insecure());
		}
		assertTrue(merged.context("verified").orElseThrow().usable());
		assertTrue(!merged.context("verified").orElseThrow().insecure());
		// A quoted "true" is a string: kubectl refuses to read it as a boolean, and we do not turn verification off.
		assertTrue(!merged.context("quoted").orElseThrow().insecure());
		assertTrue(!merged.context("good").orElseThrow().insecure());
	}

	@Test
	void onlyGcpAndOidcAuthProvidersAreSupported() {
		Path file = write(dir.resolve("providers"), """
				users:
				- name: azure
				  user:
				    auth-provider: {name: azure, config: {access-token: a}}
				- name: nameless
				  user:
				    auth-provider: {config: {}}
				- name: gcp
				  user:
				    auth-provider: {name: gcp}
				- name: oidc
				  user:
				    auth-provider: {name: oidc, config: {id-token: x}}
				contexts:
				- {name: azure, context: {cluster: good, user: azure}}
				- {name: nameless, context: {cluster: good, user: nameless}}
				- {name: gcp, context: {cluster: good, user: gcp}}
				- {name: oidc, context: {cluster: good, user: oidc}}
				""");

		MergedKubeconfig merged = load(withKubeconfig(dir, file, good));

		assertProblem(merged, "azure", file, "uses the auth-provider 'azure', which is not supported");
		assertProblem(merged, "nameless", file, "has an auth-provider without a name");
		// Only the Java client lacks azure: worth asking kubectl. A provider without a name is broken for both.
		assertTrue(assertThrows(KubeException.class, () -> merged.entries("azure")) instanceof ClientSideFailure);
		assertTrue(!(assertThrows(KubeException.class, () -> merged.entries("nameless")) instanceof ClientSideFailure));
		assertTrue(merged.context("gcp").orElseThrow().usable());
		assertTrue(merged.context("oidc").orElseThrow().usable());
	}

	@Test
	void execPluginsNeedACommandAndASupportedApiVersion() {
		Path file = write(dir.resolve("exec"), """
				users:
				- name: no-command
				  user:
				    exec: {apiVersion: client.authentication.k8s.io/v1}
				- name: alpha
				  user:
				    exec: {apiVersion: client.authentication.k8s.io/v1alpha1, command: plugin}
				- name: no-version
				  user:
				    exec: {command: plugin}
				- name: v1
				  user:
				    exec: {apiVersion: client.authentication.k8s.io/v1, command: plugin}
				- name: v1beta1
				  user:
				    exec: {apiVersion: client.authentication.k8s.io/v1beta1, command: plugin, args: [get-token]}
				contexts:
				- {name: no-command, context: {cluster: good, user: no-command}}
				- {name: alpha, context: {cluster: good, user: alpha}}
				- {name: no-version, context: {cluster: good, user: no-version}}
				- {name: v1, context: {cluster: good, user: v1}}
				- {name: v1beta1, context: {cluster: good, user: v1beta1}}
				""");

		MergedKubeconfig merged = load(withKubeconfig(dir, file, good));

		assertProblem(merged, "no-command", file, "has an exec credential plugin without a command");
		assertProblem(merged, "alpha", file, "the unsupported apiVersion 'client.authentication.k8s.io/v1alpha1'");
		assertProblem(merged, "no-version", file, "with no apiVersion");
		assertTrue(merged.context("v1").orElseThrow().usable());
		assertTrue(merged.context("v1beta1").orElseThrow().usable());
	}

	@Test
	void duplicateNamesAcrossFilesAreSilentWithinAFileAProblem() {
		Path copy = write(dir.resolve("copy"), GOOD.replace("https://good:6443", "https://copy:6443"));
		Path twice = write(dir.resolve("twice"), """
				contexts:
				- {name: twice, context: {cluster: good, user: good, namespace: first}}
				- {name: twice, context: {cluster: good, user: good, namespace: second}}
				""");

		MergedKubeconfig merged = load(withKubeconfig(dir, good, copy, twice));

		assertEquals(1, merged.problems().size(), merged.problems().toString());
		assertEquals(twice, merged.problems().get(0).file());
		assertTrue(merged.problems().get(0).message().contains("defines 'twice' more than once"));
		assertEquals("first", merged.context("twice").orElseThrow().namespace());
		assertEquals("https://good:6443", merged.context("good").orElseThrow().server());
	}

	@Test
	void entriesOfAContextWithAProblemThrowAKubeconfigError() throws Exception {
		Path bad = write(dir.resolve("bad"), "contexts:\n- {name: broken, context: {cluster: nowhere}}\n");
		MergedKubeconfig merged = load(withKubeconfig(dir, bad, good));

		KubeException broken = assertThrows(KubeException.class, () -> merged.entries("broken"));
		assertEquals(ErrorKind.KUBECONFIG, broken.kind());
		assertEquals("broken", broken.context());
		assertEquals(merged.context("broken").orElseThrow().problem().message(), broken.getMessage());
		assertTrue(broken.action().contains(bad.toString()), broken.action());

		KubeException unknown = assertThrows(KubeException.class, () -> merged.entries("unknown"));
		assertEquals(ErrorKind.KUBECONFIG, unknown.kind());
		assertNotNull(merged.entries("good"));
	}

	private static KubeconfigProblem onlyProblem(MergedKubeconfig merged, Path file) {
		List<KubeconfigProblem> problems = merged.problems().stream().filter(p -> p.file().equals(file)).toList();
		assertEquals(1, problems.size(), merged.problems().toString());
		return problems.get(0);
	}

	private static void assertProblem(MergedKubeconfig merged, String context, Path file, String text) {
		KubeContext found = merged.context(context).orElseThrow(() -> new AssertionError("no context " + context));
		KubeconfigProblem problem = found.problem();
		assertNotNull(problem, context + " should have a problem");
		assertEquals(context, problem.context());
		assertEquals(file, problem.file());
		assertTrue(problem.message().contains(text), problem.message());
		assertTrue(!found.usable());
	}

	private void assertGoodStillLoads(MergedKubeconfig merged) {
		KubeContext context = merged.context("good").orElseThrow(() -> new AssertionError("good context lost"));
		assertTrue(context.usable(), String.valueOf(context.problem()));
		assertEquals(good, context.file());
	}

	private static void writeBytes(Path file, byte[] bytes) {
		try {
			Files.write(file, bytes);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
