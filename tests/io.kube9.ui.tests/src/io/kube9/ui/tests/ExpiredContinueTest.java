package io.kube9.ui.tests;

import static io.kube9.ui.tests.ClusterNodes.category;
import static io.kube9.ui.tests.ClusterNodes.keys;
import static io.kube9.ui.tests.ClusterNodes.pods;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.kube9.core.Kube9Core;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.resources.Category;
import io.kube9.core.resources.ResourceService;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.DemoSeed;
import io.kube9.tests.cluster.SeededPod;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kube9.tests.cluster.support.EtcdCompaction;
import io.kube9.ui.internal.ExplorerCommands;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.ErrorNode;
import io.kube9.ui.internal.tree.KindNode;
import io.kube9.ui.internal.tree.ShowMoreNode;

/**
 * A continue token the server no longer honours (410 Gone once etcd compacted past it) starts the listing over
 * from its first page: no item twice, no error, no endless retry.
 */
@WithTestCluster
class ExpiredContinueTest {

	private static final int PAGE_SIZE = 10;
	private static final ClusterNode ADMIN = new ClusterNode(Contexts.ADMIN);

	@Test
	void anExpiredContinueTokenRestartsTheListingFromItsFirstPage(TestCluster cluster) throws Exception {
		Set<String> seeded = DemoSeed.pods().stream().map(SeededPod::key).collect(Collectors.toSet());
		try (ExplorerFixture explorer = ExplorerFixture.open(cluster.kubeconfigs().all(),
				Kube9Core.get().settings().withPageSize(PAGE_SIZE))) {
			explorer.clusters(Contexts.ALL.size());
			explorer.expand(ADMIN);
			Commands.run(explorer.explorer(), ExplorerCommands.TOGGLE_ALL_NAMESPACES, ADMIN);
			explorer.expand(category(ADMIN, Category.WORKLOADS));
			KindNode pods = pods(ADMIN);
			List<Object> firstPage = explorer.expand(pods);
			ShowMoreNode expired = assertInstanceOf(ShowMoreNode.class, firstPage.get(PAGE_SIZE));

			EtcdCompaction.compactNow(cluster);
			awaitExpired(explorer, expired);
			int loads = explorer.model().loadCount(pods);
			Commands.run(explorer.explorer(), ExplorerCommands.SHOW_MORE, expired);
			// The page answered 410, then the first page loaded anew: two loads, and again one page.
			UiWait.until("the next page's answer", () -> explorer.model().loadCount(pods) > loads
					&& !explorer.isLoading(pods));
			List<Object> again = explorer.shown(pods);
			again.stream().filter(ErrorNode.class::isInstance).findFirst().ifPresent(error -> fail(
					"the expired page failed: " + ((ErrorNode) error).failure() + " " + ((ErrorNode) error).failure().detail()));
			assertEquals(loads + 2, explorer.model().loadCount(pods), "the failed page, then the first page anew");
			assertEquals(PAGE_SIZE + 1, again.size(), again.toString());
			assertEquals(PAGE_SIZE, keys(again).size());
			ShowMoreNode fresh = assertInstanceOf(ShowMoreNode.class, again.get(PAGE_SIZE));
			assertTrue(!fresh.nextPage().continueToken().equals(expired.nextPage().continueToken()),
					"a new token");

			// The new token works: the rest comes page by page, each item once.
			List<Object> shown = again;
			while (shown.get(shown.size() - 1) instanceof ShowMoreNode more) {
				int before = explorer.model().loadCount(pods);
				Commands.run(explorer.explorer(), ExplorerCommands.SHOW_MORE, more);
				UiWait.until("the next page", () -> explorer.model().loadCount(pods) > before
						&& !explorer.isLoading(pods));
				shown = explorer.shown(pods);
			}
			assertEquals(seeded, keys(shown));
			assertEquals(seeded.size(), shown.size(), "no item twice");
		}
	}

	/**
	 * Until the API server answers the token with 410: its watch cache may still serve it for a few seconds after
	 * etcd's compaction. Asked past core's cache, which then forgets the page again.
	 */
	private static void awaitExpired(ExplorerFixture explorer, ShowMoreNode more) {
		ResourceService resources = explorer.core().resources();
		UiWait.until("the API server to answer the old token with 410", () -> {
			try {
				resources.refresh(more.nextPage());
				return false;
			} catch (KubeException e) {
				return e.kind() == ErrorKind.EXPIRED;
			} finally {
				resources.invalidate(more.nextPage());
			}
		});
	}
}
