package io.kube9.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.core.Kube9Core;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourceQuery;
import io.kube9.core.status.ClusterStatus;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.SharedTestCluster;
import io.kube9.tests.cluster.TestCluster;

/**
 * A 401 on a context whose credentials can change behind our back (an exec plugin, a token file) runs the plugin
 * or reads the file once more before it is reported, for listings and for the cluster checks alike.
 */
class CredentialRenewalTest {

	@TempDir
	static Path directory;

	private static Kube9Core engine;
	private static Path tokenFile;
	private static String viewerToken;

	@BeforeAll
	static void start() throws Exception {
		TestCluster cluster = SharedTestCluster.get();
		ExtraKubeconfig extra = new ExtraKubeconfig(cluster);
		viewerToken = extra.tokenOf(extra.userOf(Contexts.VIEWER));
		String server = extra.clusterOf(Contexts.VIEWER);
		// A plugin whose first answer the server no longer accepts (an expired session), then a good one.
		for (String name : new String[] { "plugin-listing", "plugin-check" }) {
			Path runs = directory.resolve(name + ".runs");
			Path plugin = ExtraKubeconfig.script(directory.resolve(name), """
					echo run >> %s
					if [ "$(wc -l < %s)" -eq 1 ]; then token=stale-session-token; else token=%s; fi
					printf '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"%%s"}}' "$token"
					""".formatted(runs, runs, viewerToken));
			extra.execUser(name, plugin).context(name, server, name);
		}
		tokenFile = Files.writeString(directory.resolve("token"), "stale-file-token\n");
		extra.user("token-file", Map.of("tokenFile", tokenFile.toString()));
		extra.context("token-file", server, "token-file");
		engine = Kube9Core.create(Engines.settings(extra.write(directory.resolve("config")),
				cluster.kubeconfigs().all()));
	}

	@AfterAll
	static void stop() {
		engine.close();
	}

	@Test
	void aPluginIsRunAgainOnceWhenTheServerRefusesItsToken() throws Exception {
		assertFalse(engine.resources().refresh(ResourceQuery.of("plugin-listing", ResourceKinds.NAMESPACES)).items()
				.isEmpty());
		assertEquals(2, runs("plugin-listing"), "the stale token was refused, the plugin ran once more");
	}

	@Test
	void theClusterCheckRenewsToo() throws Exception {
		ClusterStatus status = engine.status().checkOnce("plugin-check").get(60, TimeUnit.SECONDS);
		assertTrue(status.connectivity().reachable(), String.valueOf(status.connectivity().error()));
		assertEquals(2, runs("plugin-check"));
	}

	@Test
	void aTokenFileIsReadAgainWhenTheServerRefusesItsToken() throws Exception {
		ResourceQuery namespaces = ResourceQuery.of("token-file", ResourceKinds.NAMESPACES);
		// Read again once, still stale: reported, and nothing loops.
		assertEquals(ErrorKind.AUTHENTICATION,
				assertThrows(KubeException.class, () -> engine.resources().refresh(namespaces)).kind());
		// The file gets a good token (a tool refreshed it); the client still holds the stale one for a minute.
		Files.writeString(tokenFile, viewerToken + "\n");
		assertFalse(engine.resources().refresh(namespaces).items().isEmpty());
	}

	private static long runs(String plugin) throws Exception {
		return Files.readAllLines(directory.resolve(plugin + ".runs")).size();
	}
}
