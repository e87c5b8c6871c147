package io.kube9.ui.tests;

import static io.kube9.ui.tests.ClusterNodes.category;
import static io.kube9.ui.tests.ClusterNodes.keys;
import static io.kube9.ui.tests.ClusterNodes.onlyError;
import static io.kube9.ui.tests.ClusterNodes.pods;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.core.Kube9Core;
import io.kube9.core.NamespaceMode;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.resources.Category;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.DemoSeed;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kube9.ui.internal.model.ExplorerModel;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.KindNode;
import io.kube9.ui.internal.tree.LoadingNode;

/** What a listing follows: the namespace it is for, and the connection it was made through. */
@WithTestCluster
class ListingLifecycleTest {

	private static final ClusterNode ADMIN = new ClusterNode(Contexts.ADMIN);
	private static final ClusterNode VIEWER = new ClusterNode(Contexts.VIEWER);
	private static final Pattern VIEWER_TOKEN = Pattern.compile("name: viewer\\s+user:\\s+token: (\\S+)");

	@TempDir
	Path directory;

	@Test
	void aNamespaceChangeThatLandsWhileAListingStartsIsNotLost(TestCluster cluster) throws Exception {
		// Kept in the IDE: the change is published on the thread that makes it, at once.
		try (ExplorerFixture explorer = ExplorerFixture.open(List.of(cluster.kubeconfigs().all()),
				Kube9Core.get().settings().withNamespaceMode(NamespaceMode.IDE_ONLY))) {
			explorer.clusters(Contexts.ALL.size());
			ExplorerModel model = explorer.model();
			Kube9Core core = explorer.core();
			String before = core.kubeconfig().activeNamespace(Contexts.ADMIN);
			assertNotEquals(DemoSeed.podKeys(before), DemoSeed.podKeys("team-a"));
			KindNode pods = pods(ADMIN);
			Thread ui = Thread.currentThread();
			CountDownLatch holding = new CountDownLatch(1);
			// The change lands while the UI thread starts the listing: it holds the model, the UI thread waits for it.
			CompletableFuture<Void> change = CompletableFuture.runAsync(() -> {
				synchronized (model) {
					holding.countDown();
					long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
					while (ui.getState() != Thread.State.BLOCKED && System.nanoTime() < deadline) {
						LockSupport.parkNanos(1_000_000);
					}
					try {
						core.setActiveNamespace(Contexts.ADMIN, "team-a");
					} catch (KubeException e) {
						throw new IllegalStateException(e);
					}
				}
			});
			try {
				assertTrue(holding.await(10, TimeUnit.SECONDS));
				model.children(pods);
				change.join();
				UiWait.until("the pods of team-a", () -> {
					List<Object> shown = Arrays.asList(model.children(pods));
					return !model.isLoading(pods) && shown.stream().noneMatch(LoadingNode.class::isInstance)
							&& keys(shown).equals(DemoSeed.podKeys("team-a"));
				});
			} finally {
				change.join();
				core.setActiveNamespace(Contexts.ADMIN, before);
			}
		}
	}

	@Test
	void aContextWhoseTokenChangedDropsItsListingsAndIsCheckedAgain(TestCluster cluster) throws Exception {
		Path kubeconfig = directory.resolve("config");
		Files.copy(cluster.kubeconfigs().all(), kubeconfig);
		try (ExplorerFixture explorer = ExplorerFixture.open(kubeconfig)) {
			explorer.clusters(Contexts.ALL.size());
			explorer.expand(VIEWER);
			explorer.expand(category(VIEWER, Category.WORKLOADS));
			assertEquals(DemoSeed.podKeys("default"), keys(explorer.expand(pods(VIEWER))));
			int checks = explorer.model().loadCount(VIEWER);

			// Same context, cluster and user names; only the user's token differs, and the server does not know it.
			String text = Files.readString(kubeconfig);
			Matcher token = VIEWER_TOKEN.matcher(text);
			assertTrue(token.find(), "the viewer's token in " + kubeconfig);
			TestKubeconfigs.write(kubeconfig, text.replace(token.group(1), "kube9-test-token-nobody-knows"));

			UiWait.until("the viewer checked again", () -> explorer.model().loadCount(VIEWER) > checks
					&& !explorer.isLoading(VIEWER));
			assertEquals(ErrorKind.AUTHENTICATION, onlyError(explorer.shown(VIEWER)).failure().kind());
		}
	}
}
