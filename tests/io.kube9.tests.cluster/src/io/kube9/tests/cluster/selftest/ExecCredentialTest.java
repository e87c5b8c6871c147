package io.kube9.tests.cluster.selftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;

/** The exec credential plugin contexts: one that works, one that fails, one whose command is missing. */
@WithTestCluster
class ExecCredentialTest {

	@TempDir
	Path cache;

	@Test
	void execContextAuthenticatesThroughKubectl(TestCluster cluster) throws Exception {
		Kubectl.Result result = new Kubectl(cache).run(cluster.kubeconfigs().all(), Contexts.EXEC, "auth", "whoami",
				"-o", "json");

		assertEquals(0, result.exitCode(), result::toString);
		assertEquals(Contexts.VIEWER_USER,
				result.json().getAsJsonObject("status").getAsJsonObject("userInfo").get("username").getAsString());
	}

	@Test
	void execContextAuthenticatesThroughTheClient(TestCluster cluster) throws Exception {
		assertEquals(Contexts.VIEWER_USER, Whoami.of(cluster.client(Contexts.EXEC)).getUsername());
	}

	@Test
	void failingPluginReportsItsMessageAndExitCode(TestCluster cluster) throws Exception {
		Kubectl.Result result = new Kubectl(cache).run(cluster.kubeconfigs().all(), Contexts.EXEC_FAILING, "get",
				"pods");

		assertNotEquals(0, result.exitCode());
		assertTrue(result.stderr().contains(Contexts.EXEC_FAILING_MESSAGE), result::toString);
		assertTrue(result.stderr().contains("exit code " + Contexts.EXEC_FAILING_EXIT_CODE), result::toString);
	}

	@Test
	void missingPluginIsReported(TestCluster cluster) throws Exception {
		Kubectl.Result result = new Kubectl(cache).run(cluster.kubeconfigs().all(), Contexts.EXEC_MISSING, "get",
				"pods");

		assertNotEquals(0, result.exitCode());
		assertTrue(result.stderr().contains(Contexts.EXEC_MISSING_COMMAND), result::toString);
	}
}
