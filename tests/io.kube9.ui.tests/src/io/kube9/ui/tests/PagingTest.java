package io.kube9.ui.tests;

import static io.kube9.ui.tests.ClusterNodes.category;
import static io.kube9.ui.tests.ClusterNodes.keys;
import static io.kube9.ui.tests.ClusterNodes.pods;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.kube9.core.Kube9Core;
import io.kube9.core.resources.Category;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.DemoSeed;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kube9.ui.internal.ExplorerCommands;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.KindNode;
import io.kube9.ui.internal.tree.ResourceNode;
import io.kube9.ui.internal.tree.ShowMoreNode;

/** Long lists come in pages of the configured size, each ended by 'Show more…' while the server has more. */
@WithTestCluster
class PagingTest {

	private static final int PAGE_SIZE = 10;
	private static final ClusterNode ADMIN = new ClusterNode(Contexts.ADMIN);

	@Test
	void showMoreAppendsPagesUntilTheListIsComplete(TestCluster cluster) throws Exception {
		Set<String> seeded = DemoSeed.podKeys(cluster, null);
		assertTrue(seeded.size() > 2 * PAGE_SIZE, "the seed has " + seeded.size() + " pods");
		try (ExplorerFixture explorer = ExplorerFixture.open(cluster.kubeconfigs().all(),
				Kube9Core.get().settings().withPageSize(PAGE_SIZE))) {
			explorer.clusters(Contexts.ALL.size());
			explorer.expand(ADMIN);
			Commands.run(explorer.explorer(), ExplorerCommands.TOGGLE_ALL_NAMESPACES, ADMIN);
			explorer.expand(category(ADMIN, Category.WORKLOADS));
			KindNode pods = pods(ADMIN);
			List<Object> shown = explorer.expand(pods);
			int pages = 1;
			assertEquals(PAGE_SIZE, keys(shown).size());
			while (shown.get(shown.size() - 1) instanceof ShowMoreNode more) {
				assertEquals(pages * PAGE_SIZE + 1, shown.size(), "one page more each time, then 'Show more…'");
				int loads = explorer.model().loadCount(pods);
				Commands.run(explorer.explorer(), ExplorerCommands.SHOW_MORE, more);
				UiWait.until("the next page", () -> explorer.model().loadCount(pods) > loads && !explorer.isLoading(pods));
				shown = explorer.shown(pods);
				pages++;
			}
			assertEquals(seeded, keys(shown));
			assertEquals(seeded.size(), shown.size(), "no item twice");
			assertInstanceOf(ResourceNode.class, shown.get(shown.size() - 1));
			assertEquals((seeded.size() + PAGE_SIZE - 1) / PAGE_SIZE, pages);
		}
	}
}
