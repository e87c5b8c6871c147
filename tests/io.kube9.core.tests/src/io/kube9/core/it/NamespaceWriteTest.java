package io.kube9.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.core.Kube9Core;
import io.kube9.core.resources.ResourceItem;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourceQuery;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.DemoSeed;
import io.kube9.tests.cluster.SharedTestCluster;

/** What Set as Active Namespace writes is what kubectl reads, and listings follow it. */
class NamespaceWriteTest {

	@TempDir
	Path directory;

	@Test
	void kubectlSeesTheNamespaceWeWroteAndListingsFollowIt() throws Exception {
		Path kubeconfig = directory.resolve("config");
		Files.copy(SharedTestCluster.get().kubeconfigs().all(), kubeconfig);
		// Relative certificate paths of the copied file would not resolve here; admin's are absolute.
		try (Kube9Core engine = Engines.on(kubeconfig)) {
			engine.setActiveNamespace(Contexts.ADMIN, "team-b");
			assertEquals("team-b", kubectl(kubeconfig, "config", "view", "--minify", "--context", Contexts.ADMIN,
					"-o", "jsonpath={.contexts[0].context.namespace}"));
			assertEquals("team-b", engine.kubeconfig().activeNamespace(Contexts.ADMIN));

			String namespace = engine.kubeconfig().activeNamespace(Contexts.ADMIN);
			List<ResourceItem> pods = engine.resources()
					.list(ResourceQuery.of(Contexts.ADMIN, ResourceKinds.PODS).inNamespace(namespace)).items();
			assertEquals(DemoSeed.countsByNamespace("Pod").getOrDefault("team-b", 0L).intValue(), pods.size());
		}
	}

	@Test
	void aNewNamespaceKeepsTheClientAndStatusButNotTheListings() throws Exception {
		Path kubeconfig = directory.resolve("config");
		Files.copy(SharedTestCluster.get().kubeconfigs().all(), kubeconfig);
		try (Kube9Core engine = Engines.on(kubeconfig)) {
			var client = engine.clients().client(Contexts.ADMIN);
			engine.status().checkOnce(Contexts.ADMIN).get(30, TimeUnit.SECONDS);
			ResourceQuery nodes = ResourceQuery.of(Contexts.ADMIN, ResourceKinds.NODES);
			var listed = engine.resources().list(nodes);

			engine.setActiveNamespace(Contexts.ADMIN, "team-b");

			assertSame(client, engine.clients().client(Contexts.ADMIN), "the connection did not change");
			assertTrue(engine.status().last(Contexts.ADMIN).isPresent(), "the cluster was not forgotten");
			assertNotSame(listed, engine.resources().list(nodes), "the context's listings were dropped");
		}
	}

	private static String kubectl(Path kubeconfig, String... arguments) throws Exception {
		List<String> command = new java.util.ArrayList<>(List.of("kubectl", "--kubeconfig", kubeconfig.toString()));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes()).strip();
		assertEquals(true, process.waitFor(30, TimeUnit.SECONDS));
		assertEquals(0, process.exitValue(), output);
		return output;
	}
}
