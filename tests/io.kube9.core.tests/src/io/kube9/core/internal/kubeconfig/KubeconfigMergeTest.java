package io.kube9.core.internal.kubeconfig;

import static io.kube9.core.internal.kubeconfig.Kubeconfigs.environment;
import static io.kube9.core.internal.kubeconfig.Kubeconfigs.load;
import static io.kube9.core.internal.kubeconfig.Kubeconfigs.touch;
import static io.kube9.core.internal.kubeconfig.Kubeconfigs.withKubeconfig;
import static io.kube9.core.internal.kubeconfig.Kubeconfigs.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.core.kubeconfig.KubeContext;

/** kubectl's merge rules: first file wins per name, current-context from the first file that sets one. */
class KubeconfigMergeTest {

	@TempDir
	Path dir;

	private static final String FIRST = """
			clusters:
			- name: shared
			  cluster:
			    server: https://first.example:6443
			users:
			- name: admin
			  user:
			    token: first-token
			contexts:
			- name: dev
			  context:
			    cluster: shared
			    user: admin
			    namespace: dev-ns
			""";

	private static final String SECOND = """
			current-context: prod
			clusters:
			- name: shared
			  cluster:
			    server: https://second.example:6443
			- name: other
			  cluster:
			    server: https://other.example:6443
			users:
			- name: admin
			  user:
			    token: second-token
			contexts:
			- name: dev
			  context:
			    cluster: other
			    user: admin
			- name: prod
			  context:
			    cluster: shared
			    user: admin
			""";

	@Test
	void firstFileWinsForEachClusterUserAndContext() throws Exception {
		Path first = write(dir.resolve("a/config"), FIRST);
		Path second = write(dir.resolve("b/config"), SECOND);

		MergedKubeconfig merged = load(withKubeconfig(dir, first, second));

		assertEquals(List.of(first, second), merged.files());
		assertEquals(List.of("dev", "prod"), merged.contexts().stream().map(KubeContext::name).toList());
		KubeContext dev = merged.context("dev").orElseThrow();
		assertEquals(new KubeContext("dev", "shared", "https://first.example:6443", "admin", "dev-ns", first, null, false), dev);
		// prod is defined only in the second file, but its cluster and user names resolve to the first file's.
		ContextEntries prod = merged.entries("prod");
		assertEquals(second, prod.context().file());
		assertEquals("https://first.example:6443", prod.context().server());
		assertEquals("first-token", prod.user().get("token"));
		assertTrue(merged.problems().isEmpty(), merged.problems().toString());
	}

	@Test
	void currentContextComesFromTheFirstFileThatSetsOne() {
		Path none = write(dir.resolve("none"), FIRST);
		Path empty = write(dir.resolve("empty"), "current-context: \"\"\n");
		Path second = write(dir.resolve("second"), SECOND);
		Path third = write(dir.resolve("third"), "current-context: dev\n");

		MergedKubeconfig merged = load(withKubeconfig(dir, none, empty, second, third));

		assertEquals("prod", merged.currentContext().orElseThrow());
		assertEquals(second, merged.currentContextFile());
	}

	@Test
	void noCurrentContextWhenNoFileSetsOne() {
		MergedKubeconfig merged = load(withKubeconfig(dir, write(dir.resolve("config"), FIRST)));

		assertTrue(merged.currentContext().isEmpty());
		assertNull(merged.currentContextFile());
	}

	@Test
	void kubeconfigListSkipsMissingFilesEmptyEntriesAndDuplicates() {
		Path first = write(dir.resolve("a"), FIRST);
		Path second = write(dir.resolve("b"), SECOND);
		String list = String.join(File.pathSeparator, dir.resolve("missing").toString(), "", first.toString(),
				first.toString(), "", second.toString(), dir.resolve("gone/config").toString());

		MergedKubeconfig merged = load(environment(dir, "KUBECONFIG", list));

		assertEquals(List.of(first, second), merged.files());
		assertTrue(merged.problems().isEmpty(), "a missing KUBECONFIG entry is no problem: " + merged.problems());
		assertEquals(2, merged.contexts().size());
	}

	@Test
	void withoutKubeconfigVariableTheHomeConfigIsRead() {
		Path home = dir.resolve("home");
		Path config = write(home.resolve(".kube/config"), FIRST);

		assertEquals(List.of(config), load(environment(home)).files());
		// An empty variable counts as unset, as in kubectl.
		assertEquals(List.of(config), load(environment(home, "KUBECONFIG", "")).files());
	}

	@Test
	void kubeconfigVariableReplacesTheHomeConfig() {
		Path home = dir.resolve("home");
		write(home.resolve(".kube/config"), SECOND);
		Path listed = write(dir.resolve("listed"), FIRST);

		MergedKubeconfig merged = load(withKubeconfig(home, listed));

		assertEquals(List.of(listed), merged.files());
		assertTrue(merged.context("prod").isEmpty());
	}

	@Test
	void explicitFilesWinAndAMissingOneIsAProblem() {
		Path listed = write(dir.resolve("listed"), SECOND);
		Path chosen = write(dir.resolve("chosen"), FIRST);
		Path missing = dir.resolve("missing");

		MergedKubeconfig merged = new KubeconfigLoader(withKubeconfig(dir, listed))
				.load(Kubeconfigs.explicit(chosen, missing));

		assertEquals(List.of(chosen), merged.files());
		assertEquals(1, merged.problems().size());
		assertEquals(missing, merged.problems().get(0).file());
		assertTrue(merged.problems().get(0).message().contains("does not exist"), merged.problems().get(0).message());
	}

	@Test
	void relativePathsResolveAgainstTheFileThatDefinesTheEntry() throws Exception {
		Path clusterDir = dir.resolve("clusters");
		Path userDir = dir.resolve("users");
		touch(clusterDir.resolve("pki/ca.crt"));
		touch(userDir.resolve("certs/client.crt"));
		touch(userDir.resolve("certs/client.key"));
		touch(userDir.resolve("token"));
		touch(dir.resolve("absolute.crt"));
		Path users = write(userDir.resolve("config"), """
				users:
				- name: me
				  user:
				    client-certificate: certs/client.crt
				    client-key: ./certs/client.key
				    tokenFile: token
				    exec:
				      apiVersion: client.authentication.k8s.io/v1
				      command: bin/login
				- name: plugin-on-path
				  user:
				    exec:
				      apiVersion: client.authentication.k8s.io/v1beta1
				      command: kubelogin
				contexts:
				- name: mixed
				  context: {cluster: remote, user: me}
				- name: on-path
				  context: {cluster: absolute, user: plugin-on-path}
				""");
		Path clusters = write(clusterDir.resolve("config"), """
				clusters:
				- name: remote
				  cluster:
				    server: https://remote:6443
				    certificate-authority: pki/ca.crt
				- name: absolute
				  cluster:
				    server: https://absolute:6443
				    certificate-authority: %s
				""".formatted(dir.resolve("absolute.crt")));

		MergedKubeconfig merged = load(withKubeconfig(dir, users, clusters));

		ContextEntries mixed = merged.entries("mixed");
		assertEquals(clusterDir.resolve("pki/ca.crt").toString(), mixed.cluster().get("certificate-authority"));
		assertEquals(userDir.resolve("certs/client.crt").toString(), mixed.user().get("client-certificate"));
		assertEquals(userDir.resolve("certs/client.key").toString(), mixed.user().get("client-key"));
		assertEquals(userDir.resolve("token").toString(), mixed.user().get("tokenFile"));
		assertEquals(userDir.resolve("bin/login").toString(), ((Map<?, ?>) mixed.user().get("exec")).get("command"));
		ContextEntries onPath = merged.entries("on-path");
		assertEquals(dir.resolve("absolute.crt").toString(), onPath.cluster().get("certificate-authority"));
		assertEquals("kubelogin", ((Map<?, ?>) onPath.user().get("exec")).get("command"), "looked up on PATH");
	}

	@Test
	void entriesAreDeepCopiesCallersCannotChange() throws Exception {
		Path file = write(dir.resolve("config"), FIRST);
		ContextEntries entries = load(withKubeconfig(dir, file)).entries("dev");

		Map<String, Object> copy = entries.userCopy();
		copy.put("token", "changed");

		assertEquals("first-token", entries.user().get("token"));
		assertThrowsUnsupported(() -> entries.user().put("token", "x"));
		assertThrowsUnsupported(() -> entries.cluster().clear());
	}

	private static void assertThrowsUnsupported(Runnable change) {
		org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, change::run);
	}
}
