package io.kube9.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.core.Backend;
import io.kube9.core.Kube9Core;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourcePage;
import io.kube9.core.resources.ResourceQuery;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.SharedTestCluster;
import io.kube9.tests.cluster.TestCluster;

/**
 * The kubectl fallback on (the default), with a malformed file first in the kubeconfig list, as the user
 * had: every failing context shows its own classified problem, never kubectl's complaint about the other file.
 */
class FallbackTruthTest {

	@TempDir
	static Path directory;

	private static TestCluster cluster;
	private static Path broken;
	private static Kube9Core engine;

	@BeforeAll
	static void start() throws Exception {
		cluster = SharedTestCluster.get();
		broken = Files.writeString(directory.resolve("broken.yaml"), "clusters:\n- name: x\n  cluster: {server: [\n");
		ExtraKubeconfig extra = new ExtraKubeconfig(cluster);
		extra.user("azure", Map.of("auth-provider", Map.of("name", "azure", "config", Map.of())));
		extra.context("azure", extra.clusterOf(Contexts.ADMIN), "azure");
		extra.context("dangling", "no-such-cluster", extra.userOf(Contexts.VIEWER));
		Path file = extra.write(directory.resolve("extra.yaml"));
		engine = Kube9Core.create(Engines.settings(broken, file, cluster.kubeconfigs().all()));
	}

	@AfterAll
	static void stop() {
		engine.close();
	}

	@Test
	void aFailingPluginShowsItsOwnStderrNotKubectls() {
		KubeException error = failure(Contexts.EXEC_FAILING);
		assertEquals(ErrorKind.CREDENTIAL_PLUGIN, error.kind());
		assertTrue(error.detail().contains(Contexts.EXEC_FAILING_MESSAGE), error.detail());
		assertFalse(error.detail().contains("broken.yaml"), "not retried through kubectl: " + error.detail());
	}

	@Test
	void aDanglingClusterIsTheContextsOwnProblem() {
		KubeException error = failure("dangling");
		assertEquals(ErrorKind.KUBECONFIG, error.kind());
		assertTrue(error.getMessage().contains("refers to cluster 'no-such-cluster'"), error.getMessage());
		assertFalse(error.detail().contains("broken.yaml"), error.detail());
	}

	@Test
	void anAuthProviderTheClientLacksIsTriedThroughKubectlAndBothAnswersAreShown() {
		KubeException error = failure("azure");
		assertEquals(ErrorKind.KUBECONFIG, error.kind());
		assertTrue(error.getMessage().contains("auth-provider 'azure'"), error.getMessage());
		// kubectl was given the files it can load, so it speaks about this context, not about broken.yaml.
		assertTrue(error.detail().contains("kubectl, tried next, failed too"), error.detail());
		assertFalse(error.detail().contains("broken.yaml"), error.detail());
		assertFalse(engine.resources().backendRequests().getOrDefault("kubectl", 0L) == 0L);
	}

	@Test
	void unreachableAndRefusedAreNotRetried() {
		long kubectlBefore = engine.resources().backendRequests().getOrDefault("kubectl", 0L);
		assertEquals(ErrorKind.REFUSED, failure(Contexts.UNREACHABLE).kind());
		assertEquals(ErrorKind.DNS, failure(Contexts.DNS_FAIL).kind());
		assertEquals(ErrorKind.AUTHENTICATION, failure(Contexts.BAD_TOKEN).kind());
		assertEquals(kubectlBefore, engine.resources().backendRequests().getOrDefault("kubectl", 0L));
	}

	@Test
	void aGoodContextIsServedByTheClientAndSaysSo() throws KubeException {
		ResourcePage page = engine.resources().refresh(ResourceQuery.of(Contexts.ADMIN, ResourceKinds.NAMESPACES));
		assertEquals(ResourcePage.API_CLIENT, page.backend());
		assertFalse(page.servedByFallback());
	}

	@Test
	void theKubectlBackendSkipsTheFileItCannotParse() throws KubeException {
		try (Kube9Core viaKubectl = Kube9Core.create(Engines.settings(broken, cluster.kubeconfigs().all())
				.withBackend(Backend.KUBECTL))) {
			// Two explicit files: kubectl gets them as KUBECONFIG, without the malformed one.
			ResourcePage page = viaKubectl.resources().refresh(ResourceQuery.of(Contexts.ADMIN, ResourceKinds.NAMESPACES));
			assertEquals(ResourcePage.KUBECTL, page.backend());
			assertFalse(page.items().isEmpty());
		}
	}

	private static KubeException failure(String context) {
		return assertThrows(KubeException.class,
				() -> engine.resources().refresh(ResourceQuery.of(context, ResourceKinds.NAMESPACES)));
	}

}
