package io.kube9.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.ui.internal.ExplorerCommands;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.ErrorNode;

/** Edits of the kubeconfig file (by kubectl, an editor, the explorer itself) show without a restart. */
class KubeconfigChangeTest {

	@TempDir
	Path directory;

	@Test
	void aContextWrittenIntoTheFileAppearsAndARemovedOneGoes() throws Exception {
		Path kubeconfig = directory.resolve("config");
		Map<String, String> servers = TestKubeconfigs.writeRefused(kubeconfig, "alpha", "alpha", "beta");
		try (ExplorerFixture explorer = ExplorerFixture.open(kubeconfig)) {
			explorer.clusters(2);
			ClusterNode alpha = new ClusterNode("alpha");
			assertInstanceOf(ErrorNode.class, explorer.expand(alpha).get(0));
			int alphaLoads = explorer.model().loadCount(alpha);

			servers.put("gamma", servers.get("alpha"));
			TestKubeconfigs.write(kubeconfig, TestKubeconfigs.text(servers, "alpha"));
			UiWait.until("gamma in the tree", () -> explorer.shown(null).contains(new ClusterNode("gamma")));
			assertEquals(List.of(alpha, new ClusterNode("beta"), new ClusterNode("gamma")), explorer.shown(null));

			servers.remove("beta");
			servers.put("gamma", "https://127.0.0.1:" + TestKubeconfigs.closedPort()); // gamma changed too
			TestKubeconfigs.write(kubeconfig, TestKubeconfigs.text(servers, "alpha"));
			UiWait.until("beta gone", () -> explorer.shown(null).size() == 2);
			assertEquals(List.of(alpha, new ClusterNode("gamma")), explorer.shown(null));
			// Only what changed was touched: alpha kept its children and its expansion.
			assertEquals(alphaLoads, explorer.model().loadCount(alpha));
			assertTrue(explorer.viewer().getExpandedState(alpha));
		}
	}

	@Test
	void setAsCurrentContextWritesTheFileAndMovesTheMark() throws Exception {
		Path kubeconfig = directory.resolve("config");
		TestKubeconfigs.writeRefused(kubeconfig, "alpha", "alpha", "beta");
		try (ExplorerFixture explorer = ExplorerFixture.open(kubeconfig)) {
			explorer.clusters(2);
			ClusterNode beta = new ClusterNode("beta");
			Object alphaIcon = explorer.item(new ClusterNode("alpha")).getImage();
			Commands.run(explorer.explorer(), ExplorerCommands.SET_CURRENT_CONTEXT, beta);
			UiWait.until("beta to be current", () -> explorer.item(beta).getImage() == alphaIcon);
			assertTrue(Files.readString(kubeconfig).contains("current-context: beta"));
			assertEquals("beta", explorer.core().kubeconfig().current().currentContext().orElseThrow());
		}
	}
}
