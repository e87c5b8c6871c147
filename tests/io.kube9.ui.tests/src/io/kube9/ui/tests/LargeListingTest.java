package io.kube9.ui.tests;

import static io.kube9.ui.tests.ClusterNodes.category;
import static io.kube9.ui.tests.ClusterNodes.kind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

import io.kube9.core.Kube9Core;
import io.kube9.core.NamespaceMode;
import io.kube9.core.resources.Category;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.TemporaryNamespace;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kube9.tests.cluster.support.StallWatchdog;
import io.kube9.ui.internal.ExplorerCommands;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.KindNode;
import io.kube9.ui.internal.tree.ResourceNode;
import io.kube9.ui.internal.tree.ShowMoreNode;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1ObjectMeta;

/**
 * A listing of thousands of rows stays usable: paged to its end with 'Show more…', changed live (a row in the
 * middle deleted, one added), and scrolled from its first row to its last, the UI thread never stalls long. Each
 * page and change touches the rows that changed, not the thousands that stay.
 */
@WithTestCluster
class LargeListingTest {

	private static final ClusterNode ADMIN = new ClusterNode(Contexts.ADMIN);
	private static final int ROWS = 8_000;
	private static final int PAGE_SIZE = 500;
	/** Generous: rows change in slices of 20 ms; refreshing the whole listing took a second at 8,000 rows. */
	private static final Duration STALL_LIMIT = Duration.ofMillis(300);
	private static final int CREATORS = 8;

	@Test
	void thousandsOfRowsPageChangeAndScrollWithoutStallingTheUi(TestCluster cluster) throws Exception {
		try (TemporaryNamespace namespace = cluster.temporaryNamespace("many-rows");
				ExplorerFixture explorer = ExplorerFixture.open(List.of(cluster.kubeconfigs().all()),
						Kube9Core.get().settings().withNamespaceMode(NamespaceMode.IDE_ONLY).withPageSize(PAGE_SIZE))) {
			CoreV1Api api = new CoreV1Api(cluster.adminClient());
			Set<String> names = createConfigMaps(cluster.adminClient(), namespace.name(), ROWS);
			Kube9Core core = explorer.core();
			String before = core.kubeconfig().activeNamespace(Contexts.ADMIN);
			core.setActiveNamespace(Contexts.ADMIN, namespace.name());
			try {
				explorer.clusters(Contexts.ALL.size());
				explorer.expand(ADMIN);
				explorer.expand(category(ADMIN, Category.CONFIGURATION));
				KindNode configMaps = kind(ADMIN, Category.CONFIGURATION, ResourceKinds.CONFIGMAPS);
				List<Object> shown = explorer.expand(configMaps);
				StallWatchdog watchdog = explorer.watchStalls();
				int pages = 1;
				while (shown.get(shown.size() - 1) instanceof ShowMoreNode more) {
					int loads = explorer.model().loadCount(configMaps);
					Commands.run(explorer.explorer(), ExplorerCommands.SHOW_MORE, more);
					UiWait.until("page " + (pages + 1), () -> explorer.model().loadCount(configMaps) > loads
							&& !explorer.isLoading(configMaps));
					shown = explorer.shown(configMaps);
					pages++;
				}
				assertTrue(rowNames(shown).containsAll(names), "every ConfigMap shown after " + pages + " pages");
				assertEquals((ROWS + PAGE_SIZE) / PAGE_SIZE, pages, "pages of " + PAGE_SIZE + " (and the root CA's)");

				String gone = configMapName(ROWS / 2);
				String added = "cm-live-added";
				api.deleteNamespacedConfigMap(gone, namespace.name()).execute();
				api.createNamespacedConfigMap(namespace.name(), configMap(added)).execute();
				UiWait.until("the live change in place", () -> {
					Set<String> now = rowNames(explorer.shown(configMaps));
					return now.contains(added) && !now.contains(gone) && now.size() == ROWS + 1;
				});

				Tree tree = explorer.viewer().getTree();
				TreeItem[] rows = explorer.item(configMaps).getItems();
				tree.setTopItem(rows[rows.length - 1]);
				tree.update();
				UiWait.dispatch();
				tree.setTopItem(rows[0]);
				tree.update();
				UiWait.dispatch();
				watchdog.assertNoStallLongerThanOnThisMachine(STALL_LIMIT);
			} finally {
				core.setActiveNamespace(Contexts.ADMIN, before);
			}
		}
	}

	private static Set<String> createConfigMaps(ApiClient admin, String namespace, int count) throws Exception {
		CoreV1Api api = new CoreV1Api(admin);
		ExecutorService creators = Executors.newFixedThreadPool(CREATORS);
		try {
			List<Future<String>> created = new ArrayList<>();
			for (int index = 0; index < count; index++) {
				String name = configMapName(index);
				created.add(creators.submit(() -> {
					api.createNamespacedConfigMap(namespace, configMap(name)).execute();
					return name;
				}));
			}
			Set<String> names = new HashSet<>();
			for (Future<String> name : created) {
				names.add(name.get());
			}
			return names;
		} finally {
			creators.shutdownNow();
		}
	}

	private static V1ConfigMap configMap(String name) {
		return new V1ConfigMap().metadata(new V1ObjectMeta().name(name)).putDataItem("row", name);
	}

	private static String configMapName(int index) {
		return String.format("cm-%04d", index);
	}

	private static Set<String> rowNames(List<Object> shown) {
		Set<String> names = new HashSet<>();
		for (Object element : shown) {
			if (element instanceof ResourceNode row) {
				names.add(row.name());
			}
		}
		return names;
	}
}
