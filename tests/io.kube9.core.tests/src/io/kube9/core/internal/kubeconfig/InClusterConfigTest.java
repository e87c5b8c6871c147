package io.kube9.core.internal.kubeconfig;

import static io.kube9.core.internal.kubeconfig.Kubeconfigs.touch;
import static io.kube9.core.internal.kubeconfig.Kubeconfigs.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.core.Settings;
import io.kube9.core.kubeconfig.KubeContext;

/** Inside a pod, without any kubeconfig file, the service account becomes the one context. */
class InClusterConfigTest {

	@TempDir
	Path dir;

	private Path home;
	private Path serviceAccount;

	@BeforeEach
	void createServiceAccount() {
		home = dir.resolve("home");
		serviceAccount = dir.resolve("serviceaccount");
		touch(serviceAccount.resolve("token"));
		touch(serviceAccount.resolve("ca.crt"));
		write(serviceAccount.resolve("namespace"), "team-a\n");
	}

	@Test
	void aPodWithoutKubeconfigGetsTheInClusterContext() throws Exception {
		MergedKubeconfig merged = load(pod("10.96.0.1", "443"));

		assertEquals(List.of(), merged.files());
		assertEquals("in-cluster", merged.currentContext().orElseThrow());
		assertEquals(new KubeContext("in-cluster", "in-cluster", "https://10.96.0.1:443", "in-cluster", "team-a",
				serviceAccount, null, false), merged.context("in-cluster").orElseThrow());
		ContextEntries entries = merged.entries("in-cluster");
		assertEquals(serviceAccount.resolve("ca.crt").toString(), entries.cluster().get("certificate-authority"));
		assertEquals(serviceAccount.resolve("token").toString(), entries.user().get("tokenFile"));
		assertTrue(merged.isSynthetic("in-cluster"));
	}

	@Test
	void anIpv6HostIsBracketed() {
		assertEquals("https://[fd00::1]:6443", load(pod("fd00::1", "6443")).context("in-cluster").orElseThrow().server());
	}

	@Test
	void withoutNamespaceFileTheNamespaceIsDefault() throws Exception {
		java.nio.file.Files.delete(serviceAccount.resolve("namespace"));

		KubeContext context = load(pod("10.96.0.1", "443")).context("in-cluster").orElseThrow();

		assertNull(context.namespace());
		assertEquals("default", context.namespaceOrDefault());
	}

	@Test
	void aMissingCaIsAProblem() throws Exception {
		java.nio.file.Files.delete(serviceAccount.resolve("ca.crt"));

		KubeContext context = load(pod("10.96.0.1", "443")).context("in-cluster").orElseThrow();

		assertTrue(context.problem().message().contains(serviceAccount.resolve("ca.crt").toString()),
				context.problem().message());
	}

	@Test
	void notInAPodWithoutTheVariablesOrTheToken() throws Exception {
		assertTrue(load(KubeEnvironment.of(Map.of(), home, serviceAccount)).contexts().isEmpty());
		assertTrue(load(KubeEnvironment.of(Map.of("KUBERNETES_SERVICE_HOST", "10.96.0.1"), home, serviceAccount))
				.contexts().isEmpty());
		java.nio.file.Files.delete(serviceAccount.resolve("token"));
		assertTrue(load(pod("10.96.0.1", "443")).contexts().isEmpty());
	}

	@Test
	void aKubeconfigFileWinsOverThePod() {
		write(home.resolve(".kube/config"), """
				clusters: [{name: c, cluster: {server: https://c:6443}}]
				contexts: [{name: home, context: {cluster: c}}]
				""");

		MergedKubeconfig merged = load(pod("10.96.0.1", "443"));

		assertEquals(List.of("home"), merged.contexts().stream().map(KubeContext::name).toList());
		assertTrue(merged.inCluster().isEmpty());
	}

	@Test
	void explicitlyConfiguredFilesNeverFallBackToThePod() {
		MergedKubeconfig merged = new KubeconfigLoader(pod("10.96.0.1", "443"))
				.load(Settings.defaults().withKubeconfigFiles(List.of(dir.resolve("missing"))));

		assertTrue(merged.contexts().isEmpty());
		assertEquals(1, merged.problems().size());
	}

	private KubeEnvironment pod(String host, String port) {
		Map<String, String> variables = new HashMap<>();
		variables.put("KUBERNETES_SERVICE_HOST", host);
		variables.put("KUBERNETES_SERVICE_PORT", port);
		return KubeEnvironment.of(variables, home, serviceAccount);
	}

	private static MergedKubeconfig load(KubeEnvironment environment) {
		return Kubeconfigs.load(environment);
	}
}
