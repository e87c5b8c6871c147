package io.kube9.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.view.ClusterFacts;
import io.kube9.ui.internal.view.ExplorerLabelProvider;

/** Every context shows at once, straight from the kubeconfig: no cluster is contacted before it is expanded. */
class ClustersAtOnceTest {

	private static final int CONTEXTS = 50;

	@TempDir
	Path directory;

	@Test
	void fiftyContextsAppearAtOnceAndTheCurrentOneIsMarked() throws Exception {
		String server = "https://127.0.0.1:" + TestKubeconfigs.closedPort();
		Map<String, String> servers = new LinkedHashMap<>();
		for (int i = 0; i < CONTEXTS; i++) {
			servers.put(String.format("context-%02d", i), server);
		}
		Path kubeconfig = directory.resolve("config");
		TestKubeconfigs.write(kubeconfig, TestKubeconfigs.text(servers, "context-07"));

		long started = System.nanoTime();
		try (ExplorerFixture explorer = ExplorerFixture.open(kubeconfig)) {
			List<Object> clusters = explorer.clusters(CONTEXTS);
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "the clusters took " + took);
			assertEquals(List.copyOf(servers.keySet()),
					clusters.stream().map(cluster -> ((ClusterNode) cluster).context()).toList());
			for (String context : servers.keySet()) {
				assertTrue(explorer.core().status().last(context).isEmpty(), context + " was contacted");
				assertTrue(explorer.model().loadCount(new ClusterNode(context)) == 0, context + " was loaded");
			}

			ClusterNode current = new ClusterNode("context-07");
			assertTrue(isBold(ExplorerLabelProvider.clusterText(ClusterFacts.of(explorer.core(), "context-07"))));
			assertFalse(isBold(ExplorerLabelProvider.clusterText(ClusterFacts.of(explorer.core(), "context-08"))));
			// The star overlay: the current cluster's icon differs from all others, which share one.
			assertNotSame(explorer.item(new ClusterNode("context-08")).getImage(), explorer.item(current).getImage());
			assertSame(explorer.item(new ClusterNode("context-08")).getImage(),
					explorer.item(new ClusterNode("context-09")).getImage());
			assertTrue(explorer.item(current).getText().startsWith("context-07  demo"),
					explorer.item(current).getText());
		}
	}

	private static boolean isBold(StyledString text) {
		return Arrays.stream(text.getStyleRanges()).map((StyleRange range) -> range.font)
				.anyMatch(font -> font != null && (font.getFontData()[0].getStyle() & SWT.BOLD) != 0);
	}
}
