package io.kube9.ui.tests;

import static io.kube9.ui.tests.ClusterNodes.category;
import static io.kube9.ui.tests.ClusterNodes.pods;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
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
import io.kube9.ui.internal.Messages;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.KindNode;
import io.kube9.ui.internal.tree.ResourceNode;
import io.kube9.ui.internal.tree.ShowMoreNode;

/**
 * The tree follows the cluster with no refresh: pods created, changed and deleted behind the explorer's back
 * appear, change and go in place (selection and the other rows untouched); a scaled Deployment's pods arrive
 * and turn Running; collapsing stops the watch after its grace; closing the view leaves no watch behind.
 */
@WithTestCluster
class LiveTreeTest {

	private static final ClusterNode ADMIN = new ClusterNode(Contexts.ADMIN);
	/** The server's restart and the watches' back-off (at most 30 s between attempts). */
	private static final Duration RECOVERY = Duration.ofSeconds(90);

	@Test
	void podsAppearChangeAndGoWithoutARefresh(TestCluster cluster) throws Exception {
		Path kubeconfig = cluster.kubeconfigs().all();
		try (TemporaryNamespace namespace = cluster.temporaryNamespace("live-ui");
				ExplorerFixture explorer = ExplorerFixture.open(List.of(kubeconfig),
						Kube9Core.get().settings().withNamespaceMode(NamespaceMode.IDE_ONLY))) {
			Kube9Core core = explorer.core();
			String before = core.kubeconfig().activeNamespace(Contexts.ADMIN);
			core.setActiveNamespace(Contexts.ADMIN, namespace.name());
			try {
				Kubectl.onTheSide(kubeconfig, Kubectl.pod(namespace.name(), "b-first"), "apply", "-f", "-");
				explorer.clusters(Contexts.ALL.size());
				explorer.expand(ADMIN);
				explorer.expand(category(ADMIN, Category.WORKLOADS));
				KindNode pods = pods(ADMIN);
				List<Object> shown = explorer.expand(pods);
				assertEquals(List.of("b-first"), names(shown));
				ResourceNode first = ClusterNodes.named(shown, "b-first");
				explorer.viewer().setSelection(new StructuredSelection(first));
				int loads = explorer.model().loadCount(pods);
				StallWatchdog watchdog = explorer.watchStalls();

				Kubectl.onTheSide(kubeconfig, Kubectl.pod(namespace.name(), "a-second"), "apply", "-f", "-");
				Kubectl.onTheSide(kubeconfig, Kubectl.pod(namespace.name(), "c-third"), "apply", "-f", "-");
				UiWait.until("the new pods in place", () -> !explorer.isLoading(pods)
						&& names(explorer.shown(pods)).equals(List.of("a-second", "b-first", "c-third")));
				UiWait.until("the new pod's row says Running",
						() -> explorer.item(ClusterNodes.named(explorer.shown(pods), "a-second")).getText()
								.contains("Running"));

				Kubectl.onTheSide(kubeconfig, null, "label", "pod", "-n", namespace.name(), "b-first", "live=yes");
				UiWait.until("the changed pod's item", () -> "yes".equals(((ResourceNode) explorer
						.item(ClusterNodes.named(explorer.shown(pods), "b-first")).getData()).item().labels()
						.get("live")));

				Kubectl.onTheSide(kubeconfig, null, "delete", "pod", "-n", namespace.name(), "c-third", "--grace-period=0",
						"--force");
				UiWait.until("the deleted pod gone", () -> !explorer.isLoading(pods)
						&& names(explorer.shown(pods)).equals(List.of("a-second", "b-first")));

				assertEquals(loads, explorer.model().loadCount(pods), "no reload: events alone");
				assertEquals(first, ((IStructuredSelection) explorer.viewer().getSelection()).getFirstElement(),
						"the selection stayed");
				watchdog.assertNoStallLongerThanOnThisMachine(KubeconfigStatesTest.STALL_LIMIT);

				// A scaled Deployment: the controllers make its pods, the scheduler and kwok run them.
				Kubectl.onTheSide(kubeconfig, Kubectl.deployment(namespace.name(), "web", 1), "apply", "-f", "-");
				Kubectl.onTheSide(kubeconfig, null, "scale", "deployment", "-n", namespace.name(), "web", "--replicas=3");
				UiWait.until("three web pods Running", () -> explorer.shown(pods).stream()
						.filter(ResourceNode.class::isInstance).map(ResourceNode.class::cast)
						.filter(node -> node.name().startsWith("web-") && node.item().status().startsWith("Running"))
						.count() == 3);
				assertEquals(loads, explorer.model().loadCount(pods), "still no reload");

				// Collapsed, the listing's watch stops after the grace; the server's watch with it.
				int followed = explorer.model().liveListings();
				int streams = core.live().statistics().openStreams();
				collapse(explorer, pods);
				UiWait.until("the collapsed listing's watch stopped", () -> explorer.model().liveListings() == followed - 1
						&& core.live().statistics().openStreams() == streams - 1);
			} finally {
				core.setActiveNamespace(Contexts.ADMIN, before);
			}
		}
		UiWait.until("no watch left after the view closed", () -> Kube9Core.get().live().statistics().openStreams() == 0
				&& Kube9Core.get().live().statistics().watching() == 0);
	}

	@Test
	void aClusterWhoseServerStopsShowsDisconnectedAndRecoversByItself(TestCluster cluster) throws Exception {
		Path kubeconfig = cluster.kubeconfigs().all();
		try (TemporaryNamespace namespace = cluster.temporaryNamespace("live-down");
				ExplorerFixture explorer = ExplorerFixture.open(List.of(kubeconfig),
						Kube9Core.get().settings().withNamespaceMode(NamespaceMode.IDE_ONLY))) {
			Kube9Core core = explorer.core();
			String before = core.kubeconfig().activeNamespace(Contexts.ADMIN);
			core.setActiveNamespace(Contexts.ADMIN, namespace.name());
			try {
				Kubectl.onTheSide(kubeconfig, Kubectl.pod(namespace.name(), "steady"), "apply", "-f", "-");
				explorer.clusters(Contexts.ALL.size());
				explorer.expand(ADMIN);
				explorer.expand(category(ADMIN, Category.WORKLOADS));
				KindNode pods = pods(ADMIN);
				assertEquals(List.of("steady"), names(explorer.expand(pods)));
				UiWait.until("the listing watched", () -> core.live().statistics().openStreams() >= 1);
				int loads = explorer.model().loadCount(pods);

				boolean stopped = false;
				try {
					offTheUiThread("stopping the API server", cluster::stopApiServer);
					stopped = true;
					UiWait.until("the cluster says disconnected", () -> explorer.item(ADMIN).getText()
							.contains(Messages.decoration_disconnected));
				} finally {
					if (stopped) {
						offTheUiThread("starting the API server", cluster::startApiServer);
					}
				}
				Kubectl.onTheSide(kubeconfig, Kubectl.pod(namespace.name(), "back"), "apply", "-f", "-");
				UiWait.until("connected again, the listing current", RECOVERY, () -> !explorer.isLoading(pods)
						&& !explorer.item(ADMIN).getText().contains(Messages.decoration_disconnected)
						&& names(explorer.shown(pods)).equals(List.of("back", "steady")));
				assertEquals(loads, explorer.model().loadCount(pods), "resynced by the watch's relist, not a reload");
			} finally {
				core.setActiveNamespace(Contexts.ADMIN, before);
			}
		}
	}

	@Test
	void pagesStillToComeShowWhatIsThereNowNotWhatWas(TestCluster cluster) throws Exception {
		Path kubeconfig = cluster.kubeconfigs().all();
		try (TemporaryNamespace namespace = cluster.temporaryNamespace("live-pages");
				ExplorerFixture explorer = ExplorerFixture.open(List.of(kubeconfig),
						Kube9Core.get().settings().withNamespaceMode(NamespaceMode.IDE_ONLY).withPageSize(2))) {
			Kube9Core core = explorer.core();
			String before = core.kubeconfig().activeNamespace(Contexts.ADMIN);
			core.setActiveNamespace(Contexts.ADMIN, namespace.name());
			try {
				for (String name : List.of("p1", "p2", "p3", "p4")) {
					Kubectl.onTheSide(kubeconfig, Kubectl.pod(namespace.name(), name), "apply", "-f", "-");
				}
				explorer.clusters(Contexts.ALL.size());
				explorer.expand(ADMIN);
				explorer.expand(category(ADMIN, Category.WORKLOADS));
				KindNode pods = pods(ADMIN);
				List<Object> shown = explorer.expand(pods);
				assertEquals(List.of("p1", "p2"), names(shown));
				UiWait.until("the listing watched", () -> explorer.model().liveListings() >= 1);

				// Beyond the first page: a pod added (p5), one deleted (p3); before it: one added (p0).
				Kubectl.onTheSide(kubeconfig, Kubectl.pod(namespace.name(), "p5"), "apply", "-f", "-");
				Kubectl.onTheSide(kubeconfig, null, "delete", "pod", "-n", namespace.name(), "p3", "--grace-period=0",
						"--force");
				Kubectl.onTheSide(kubeconfig, Kubectl.pod(namespace.name(), "p0"), "apply", "-f", "-");
				UiWait.until("the pod added before the page's end", () -> !explorer.isLoading(pods)
						&& names(explorer.shown(pods)).equals(List.of("p0", "p1", "p2")));
				while (explorer.shown(pods).get(explorer.shown(pods).size() - 1) instanceof ShowMoreNode more) {
					int loads = explorer.model().loadCount(pods);
					Commands.run(explorer.explorer(), ExplorerCommands.SHOW_MORE, more);
					UiWait.until("the next page", () -> explorer.model().loadCount(pods) > loads
							&& !explorer.isLoading(pods));
				}
				assertEquals(List.of("p0", "p1", "p2", "p4", "p5"), names(explorer.shown(pods)),
						"the later pages as the server has them now");
			} finally {
				core.setActiveNamespace(Contexts.ADMIN, before);
			}
		}
	}

	@Test
	void aPolledListingKeepsItsPagesAndWatchesAgainWhenItsClusterHasASlot(TestCluster cluster) throws Exception {
		Path kubeconfig = cluster.kubeconfigs().all();
		// One watching slot per cluster; pods polled every 2 s once they lose it.
		try (TemporaryNamespace namespace = cluster.temporaryNamespace("live-slot");
				ExplorerFixture explorer = ExplorerFixture.open(List.of(kubeconfig),
						Kube9Core.get().settings().withNamespaceMode(NamespaceMode.IDE_ONLY).withPageSize(2)
								.withLiveUpdates(true, 1)
								.withCacheTimeToLive(Map.of(ResourceKinds.PODS.id(), Duration.ofSeconds(2))))) {
			Kube9Core core = explorer.core();
			String before = core.kubeconfig().activeNamespace(Contexts.ADMIN);
			core.setActiveNamespace(Contexts.ADMIN, namespace.name());
			try {
				for (String name : List.of("p1", "p2", "p3", "p4", "p5")) {
					Kubectl.onTheSide(kubeconfig, Kubectl.pod(namespace.name(), name), "apply", "-f", "-");
				}
				explorer.clusters(Contexts.ALL.size());
				explorer.expand(ADMIN);
				explorer.expand(category(ADMIN, Category.WORKLOADS));
				KindNode pods = pods(ADMIN);
				assertEquals(List.of("p1", "p2"), names(explorer.expand(pods)));
				int loads = explorer.model().loadCount(pods);
				Commands.run(explorer.explorer(), ExplorerCommands.SHOW_MORE, last(explorer.shown(pods)));
				UiWait.until("the second page", () -> explorer.model().loadCount(pods) > loads
						&& !explorer.isLoading(pods) && names(explorer.shown(pods)).equals(List.of("p1", "p2", "p3", "p4")));
				UiWait.until("the pods watched", () -> core.live().statistics().watching() == 1);

				// Deployments take the cluster's one slot: the pods are polled, and a poll reads both pages shown.
				KindNode deployments = ClusterNodes.kind(ADMIN, Category.WORKLOADS, ResourceKinds.DEPLOYMENTS);
				explorer.expand(deployments);
				UiWait.until("the pods polled", () -> core.live().statistics().polling() == 1);
				Kubectl.onTheSide(kubeconfig, Kubectl.pod(namespace.name(), "p0"), "apply", "-f", "-");
				UiWait.until("the polled pod in, the pages shown kept", () -> !explorer.isLoading(pods)
						&& names(explorer.shown(pods)).equals(List.of("p0", "p1", "p2", "p3")));
				assertEquals(2, ((ShowMoreNode) last(explorer.shown(pods))).remaining(), "p4 and p5 follow");

				// Deployments collapsed: after their grace the slot frees, and the pods are watched again.
				collapse(explorer, deployments);
				UiWait.until("the pods watched again", () -> core.live().statistics().watching() == 1
						&& core.live().statistics().polling() == 0 && core.live().statistics().openStreams() == 1);
				Kubectl.onTheSide(kubeconfig, Kubectl.pod(namespace.name(), "p00"), "apply", "-f", "-");
				UiWait.until("a pod created since, in place", () -> !explorer.isLoading(pods)
						&& names(explorer.shown(pods)).equals(List.of("p0", "p00", "p1", "p2", "p3")));
				assertEquals(loads + 1, explorer.model().loadCount(pods), "no reload: the next page, then live");
			} finally {
				core.setActiveNamespace(Contexts.ADMIN, before);
			}
		}
	}

	private static Object last(List<Object> shown) {
		return shown.get(shown.size() - 1);
	}

	/** Runs a blocking step beside the UI thread (the test's), serving UI events meanwhile. */
	private static void offTheUiThread(String what, Step step) {
		java.util.concurrent.CompletableFuture<Void> run = java.util.concurrent.CompletableFuture.runAsync(() -> {
			try {
				step.run();
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		UiWait.until(what, RECOVERY, run::isDone);
		run.join();
	}

	@FunctionalInterface
	private interface Step {
		void run() throws Exception;
	}

	/** As the user does: the tree sends Collapse, then the row folds. */
	private static void collapse(ExplorerFixture explorer, KindNode node) {
		TreeItem item = explorer.item(node);
		Event event = new Event();
		event.item = item;
		explorer.viewer().getTree().notifyListeners(SWT.Collapse, event);
		item.setExpanded(false);
		assertTrue(!item.getExpanded());
	}

	private static List<String> names(List<Object> shown) {
		return shown.stream().filter(ResourceNode.class::isInstance).map(node -> ((ResourceNode) node).name()).toList();
	}
}
