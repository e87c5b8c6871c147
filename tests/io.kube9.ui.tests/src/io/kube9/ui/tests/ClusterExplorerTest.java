package io.kube9.ui.tests;

import static io.kube9.ui.tests.ClusterNodes.categories;
import static io.kube9.ui.tests.ClusterNodes.category;
import static io.kube9.ui.tests.ClusterNodes.keys;
import static io.kube9.ui.tests.ClusterNodes.kind;
import static io.kube9.ui.tests.ClusterNodes.named;
import static io.kube9.ui.tests.ClusterNodes.noErrors;
import static io.kube9.ui.tests.ClusterNodes.onlyError;
import static io.kube9.ui.tests.ClusterNodes.pods;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.commands.common.CommandException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.resources.Category;
import io.kube9.core.resources.ResourceItem.Health;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.DemoSeed;
import io.kube9.tests.cluster.SeededPod;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kube9.ui.internal.ExplorerCommands;
import io.kube9.ui.internal.JobFamilies;
import io.kube9.ui.internal.tree.CategoryNode;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.ErrorNode;
import io.kube9.ui.internal.tree.KindNode;
import io.kube9.ui.internal.tree.ResourceNode;

/** The explorer on the real test cluster with the demo data: what each context may see, and nothing more. */
@WithTestCluster
class ClusterExplorerTest {

	private static final ClusterNode ADMIN = new ClusterNode(Contexts.ADMIN);
	private static final ClusterNode VIEWER = new ClusterNode(Contexts.VIEWER);

	@TempDir
	Path directory;

	private Path kubeconfig;
	private ExplorerFixture explorer;

	@BeforeEach
	void open(TestCluster cluster) throws Exception {
		// A copy: Set as Active Namespace writes the kubeconfig, and the cluster's files are shared.
		kubeconfig = directory.resolve("config");
		Files.copy(cluster.kubeconfigs().all(), kubeconfig);
		explorer = ExplorerFixture.open(kubeconfig);
		explorer.clusters(Contexts.ALL.size());
	}

	@AfterEach
	void close() {
		explorer.close();
	}

	@Test
	void everyContextIsThereAndAdminIsCurrent() {
		Set<String> shown = explorer.shown(null).stream().map(node -> ((ClusterNode) node).context())
				.collect(Collectors.toSet());
		assertEquals(Set.copyOf(Contexts.ALL), shown);
		assertTrue(explorer.toolTip(ADMIN).contains("The current context."), explorer.toolTip(ADMIN));
		assertFalse(explorer.toolTip(VIEWER).contains("The current context."), explorer.toolTip(VIEWER));
		assertTrue(explorer.toolTip(VIEWER).contains("Not contacted yet"), explorer.toolTip(VIEWER));
	}

	@Test
	void adminSeesItsCategoriesAndEverySeededPod(TestCluster cluster) throws Exception {
		explorer.expand(ADMIN);
		// The categories show once the cluster answers; ArgoCD Applications joins when its check does.
		UiWait.until("ArgoCD Applications among the categories",
				() -> categories(explorer.shown(ADMIN)).contains(Category.ARGOCD));
		assertEquals(List.of(Category.NODES, Category.NAMESPACES, Category.WORKLOADS, Category.NETWORKING,
				Category.STORAGE, Category.CONFIGURATION, Category.ARGOCD, Category.CUSTOM_RESOURCES),
				categories(explorer.loaded(ADMIN)));
		Commands.run(explorer.explorer(), ExplorerCommands.TOGGLE_ALL_NAMESPACES, ADMIN);
		explorer.expand(category(ADMIN, Category.WORKLOADS));
		List<Object> pods = explorer.expand(pods(ADMIN));

		assertEquals(DemoSeed.podKeys(cluster, null), keys(pods));
		SeededPod crashing = DemoSeed.crashLoopPod(cluster);
		ResourceNode inBackOff = shownInBackOff(pods(ADMIN), crashing.name());
		assertEquals(Health.ERROR, inBackOff.item().health());
		assertTrue(explorer.item(inBackOff).getText().contains(crashing.namespace()),
				"in all namespaces an item shows its namespace");
	}

	@Test
	void namespacedKindsListTheActiveNamespace(TestCluster cluster) {
		String active = explorer.core().kubeconfig().activeNamespace(Contexts.ADMIN);
		explorer.expand(ADMIN);
		explorer.expand(category(ADMIN, Category.WORKLOADS));
		assertEquals(DemoSeed.podKeys(cluster, active), keys(explorer.expand(pods(ADMIN))));
		assertFalse(DemoSeed.podKeys(cluster, active).isEmpty());
	}

	@Test
	void theViewerIsDeniedSecretsButSeesTheRest(TestCluster cluster) {
		noErrors(explorer.expand(VIEWER));
		CategoryNode configuration = category(VIEWER, Category.CONFIGURATION);
		explorer.expand(configuration);
		ErrorNode denied = onlyError(explorer.expand(new KindNode(configuration, ResourceKinds.SECRETS)));
		assertEquals(ErrorKind.PERMISSION, denied.failure().kind());
		assertEquals("Permission denied (403)", denied.failure().getMessage());
		assertTrue(explorer.item(denied).getText().startsWith("Permission denied (403)"));

		// The failure stays where it happened: its siblings and the other categories load.
		noErrors(explorer.shown(configuration));
		assertEquals(seededIn("ConfigMap", "default"), keys(explorer.expand(new KindNode(configuration,
				ResourceKinds.CONFIGMAPS))));
		assertTrue(keys(explorer.expand(category(VIEWER, Category.NAMESPACES))).containsAll(DemoSeed.namespaces()));
		explorer.expand(category(VIEWER, Category.WORKLOADS));
		assertEquals(DemoSeed.podKeys(cluster, "default"), keys(explorer.expand(pods(VIEWER))));
		noErrors(explorer.expand(kind(VIEWER, Category.WORKLOADS, ResourceKinds.DEPLOYMENTS)));
		explorer.expand(category(VIEWER, Category.NETWORKING));
		noErrors(explorer.expand(kind(VIEWER, Category.NETWORKING, ResourceKinds.SERVICES)));
		noErrors(explorer.expand(kind(VIEWER, Category.NETWORKING, ResourceKinds.INGRESSES)));
		noErrors(explorer.shown(VIEWER));
	}

	@Test
	void anEmptyListHasNoChildrenAndIsNoError() {
		explorer.expand(ADMIN);
		explorer.expand(category(ADMIN, Category.WORKLOADS));
		KindNode jobs = kind(ADMIN, Category.WORKLOADS, ResourceKinds.JOBS);
		assertTrue(DemoSeed.objects("Job").stream().noneMatch(job -> job.namespace().equals("default")));
		assertEquals(List.of(), explorer.expand(jobs));
		assertEquals(0, explorer.item(jobs).getItemCount());
		assertFalse(explorer.model().hasChildren(jobs));
		assertEquals(1, explorer.model().loadCount(jobs));
	}

	@Test
	void operatorAndArgoCdDecorateTheAdminCluster() {
		explorer.expand(ADMIN);
		UiWait.until("the admin cluster's decorations", () -> explorer.item(ADMIN).getText().contains("ArgoCD"));
		String label = explorer.item(ADMIN).getText();
		String version = explorer.core().status().last(Contexts.ADMIN).orElseThrow().connectivity().version();
		assertTrue(label.contains("operated") && label.contains(version), label);
		assertTrue(explorer.toolTip(ADMIN).contains("operated, version " + DemoSeed.OPERATOR_VERSION),
				explorer.toolTip(ADMIN));
		assertFalse(explorer.item(VIEWER).getText().contains("operated"), "the viewer was not checked yet");

		UiWait.until("ArgoCD Applications among the categories",
				() -> categories(explorer.shown(ADMIN)).contains(Category.ARGOCD));
		List<Object> applications = explorer.expand(category(ADMIN, Category.ARGOCD));
		Set<String> expected = DemoSeed.applicationStatus().keySet().stream()
				.map(name -> DemoSeed.ARGOCD_NAMESPACE + "/" + name).collect(Collectors.toSet());
		assertEquals(expected, keys(applications));
		DemoSeed.applicationStatus().forEach((name, status) -> assertEquals(String.join(", ", status),
				named(applications, name).item().status()));
	}

	@Test
	void customResourcesListTheKindsTheClustersDefinitionsServe() {
		explorer.expand(ADMIN);
		List<Object> kinds = explorer.expand(category(ADMIN, Category.CUSTOM_RESOURCES));
		assertTrue(kinds.contains(new KindNode(category(ADMIN, Category.CUSTOM_RESOURCES),
				ResourceKinds.custom("argoproj.io", "v1alpha1", "applications", "Application", true))), kinds.toString());
	}

	@Test
	void setAsActiveNamespaceReloadsThatClusterOnly(TestCluster cluster) throws Exception {
		explorer.expand(VIEWER);
		explorer.expand(category(VIEWER, Category.WORKLOADS));
		List<Object> viewerPods = explorer.expand(pods(VIEWER));
		int viewerLoads = explorer.model().loadCount(VIEWER);
		int viewerPodLoads = explorer.model().loadCount(pods(VIEWER));

		explorer.expand(ADMIN);
		explorer.expand(category(ADMIN, Category.WORKLOADS));
		explorer.expand(pods(ADMIN));
		int adminPodLoads = explorer.model().loadCount(pods(ADMIN));
		List<Object> namespaces = explorer.expand(category(ADMIN, Category.NAMESPACES));
		ResourceNode teamA = named(namespaces, "team-a");
		ResourceNode wasActive = named(namespaces, explorer.core().kubeconfig().activeNamespace(Contexts.ADMIN));

		Commands.run(explorer.explorer(), ExplorerCommands.SET_ACTIVE_NAMESPACE, teamA);
		UiWait.jobs(JobFamilies.COMMAND);
		UiWait.until("admin's pods of team-a", () -> explorer.model().loadCount(pods(ADMIN)) > adminPodLoads
				&& keys(explorer.loaded(pods(ADMIN))).equals(DemoSeed.podKeys(cluster, "team-a")));

		assertEquals("team-a", explorer.core().kubeconfig().activeNamespace(Contexts.ADMIN));
		assertTrue(Files.readString(kubeconfig).contains("namespace: team-a"));
		UiWait.until("team-a marked active", () -> explorer.item(teamA).getText().contains("active"));
		UiWait.until("the namespace active before unmarked",
				() -> !explorer.item(wasActive).getText().contains("active"));
		UiWait.until("the cluster's label naming team-a", () -> explorer.item(ADMIN).getText().contains("team-a"));
		// The viewer was not reloaded: same loads, still expanded, the very same children.
		assertEquals(viewerLoads, explorer.model().loadCount(VIEWER));
		assertEquals(viewerPodLoads, explorer.model().loadCount(pods(VIEWER)));
		assertTrue(explorer.viewer().getExpandedState(pods(VIEWER)));
		List<Object> viewerPodsAfter = explorer.shown(pods(VIEWER));
		assertEquals(viewerPods.size(), viewerPodsAfter.size());
		for (int i = 0; i < viewerPods.size(); i++) {
			assertTrue(viewerPods.get(i) == viewerPodsAfter.get(i), "reloaded: " + viewerPodsAfter.get(i));
		}
	}

	@Test
	void refreshFetchesAgainPastTheCache() throws Exception {
		explorer.expand(ADMIN);
		CategoryNode nodes = category(ADMIN, Category.NODES);
		List<Object> before = explorer.expand(nodes);
		long requests = requests();

		Commands.run(explorer.explorer(), ExplorerCommands.REFRESH, nodes);
		UiWait.until("the nodes reloaded", () -> explorer.model().loadCount(nodes) == 2 && !explorer.isLoading(nodes));
		UiWait.jobs(JobFamilies.LOAD);
		assertTrue(requests() > requests, "nodes are cached 30 s: only a refresh past the cache asks the server");
		assertEquals(before, explorer.shown(nodes));
		assertTrue(explorer.viewer().getExpandedState(nodes));
	}

	private long requests() {
		return explorer.core().resources().backendRequests().values().stream().mapToLong(Long::longValue).sum();
	}

	/**
	 * The crash-looping pod's item once it shows the pod in back-off: kwok runs the pod for a moment after
	 * each restart, and a load in that moment shows it running; a refresh a little later shows it backing off.
	 */
	private ResourceNode shownInBackOff(KindNode pods, String name) {
		ResourceNode[] shown = new ResourceNode[1];
		UiWait.until("the crash-looping pod shown in back-off", () -> {
			if (explorer.isLoading(pods)) {
				return false;
			}
			ResourceNode node = named(explorer.shown(pods), name);
			if (node.item().health() == Health.ERROR) {
				shown[0] = node;
				return true;
			}
			try {
				Commands.run(explorer.explorer(), ExplorerCommands.REFRESH, pods);
			} catch (CommandException e) {
				throw new IllegalStateException(e);
			}
			return false;
		});
		return shown[0];
	}

	private static Set<String> seededIn(String kind, String namespace) {
		Set<String> keys = DemoSeed.objects(kind).stream().filter(object -> namespace.equals(object.namespace()))
				.map(object -> object.namespace() + "/" + object.name()).collect(Collectors.toCollection(HashSet::new));
		if (kind.equals("ConfigMap")) {
			DemoSeed.OTHER_CONFIG_MAPS.stream().filter(key -> key.startsWith(namespace + "/")).forEach(keys::add);
		}
		return keys;
	}
}
