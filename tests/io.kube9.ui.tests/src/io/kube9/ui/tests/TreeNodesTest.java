package io.kube9.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.resources.Category;
import io.kube9.core.resources.ResourceItem;
import io.kube9.core.resources.ResourceItem.Health;
import io.kube9.core.resources.ResourceKind;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourceQuery;
import io.kube9.ui.internal.tree.CategoryNode;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.ErrorNode;
import io.kube9.ui.internal.tree.ExplorerNode;
import io.kube9.ui.internal.tree.KindNode;
import io.kube9.ui.internal.tree.NodeTexts;
import io.kube9.ui.internal.tree.ResourceNode;
import io.kube9.ui.internal.tree.ShowMoreNode;
import io.kube9.ui.internal.tree.TreeLayout;

/** Tree nodes are values: equal where they stand for the same thing, with real parents. */
class TreeNodesTest {

	private static final ClusterNode PROD = new ClusterNode("prod");
	private static final CategoryNode WORKLOADS = new CategoryNode(PROD, Category.WORKLOADS);
	private static final KindNode PODS = new KindNode(WORKLOADS, ResourceKinds.PODS);

	@Test
	void anObjectIsTheSameNodeWhateverItsListingSaid() {
		ResourceNode running = ResourceNode.of(PODS, ResourceKinds.PODS, pod("web-1", "Running 1/1", Health.OK));
		ResourceNode crashing = ResourceNode.of(PODS, ResourceKinds.PODS, pod("web-1", "CrashLoopBackOff", Health.ERROR));
		assertEquals(running, crashing);
		assertEquals(running.hashCode(), crashing.hashCode());
		assertNotEquals(running, ResourceNode.of(PODS, ResourceKinds.PODS, pod("web-2", "", Health.OK)));
		assertNotEquals(running, ResourceNode.of(new KindNode(new CategoryNode(new ClusterNode("dev"),
				Category.WORKLOADS), ResourceKinds.PODS), ResourceKinds.PODS, pod("web-1", "", Health.OK)));
		assertEquals("prod", running.context());
		assertEquals("shop", running.ref().namespace());
	}

	@Test
	void parentsLeadToTheCluster() {
		ResourceNode pod = ResourceNode.of(PODS, ResourceKinds.PODS, pod("web-1", "", Health.OK));
		assertEquals(PODS, pod.getParent());
		assertEquals(WORKLOADS, PODS.getParent());
		assertEquals(PROD, WORKLOADS.getParent());
		assertNull(PROD.getParent());
		assertEquals(PROD, pod.cluster());
		assertTrue(pod.isWithin(PROD));
		assertTrue(pod.isWithin(PODS));
		assertFalse(PODS.isWithin(pod));
		assertFalse(pod.isWithin(new ClusterNode("dev")));
		assertEquals("prod / Workloads / Pods / web-1", NodeTexts.path(pod));
	}

	@Test
	void aNodeHasOneErrorAndOneMoreNode() {
		KubeException denied = new KubeException(ErrorKind.PERMISSION, "prod", "Permission denied (403)", "ask", "",
				null);
		KubeException refused = new KubeException(ErrorKind.REFUSED, "prod", "Connection refused", "check", "", null);
		assertEquals(new ErrorNode(PODS, denied, null), new ErrorNode(PODS, refused, null));
		assertNotEquals(new ErrorNode(PODS, denied, null), new ErrorNode(WORKLOADS, denied, null));
		ResourceQuery query = ResourceQuery.of("prod", ResourceKinds.PODS).withLimit(10);
		assertEquals(new ShowMoreNode(PODS, query.continuing("a"), 5), new ShowMoreNode(PODS, query.continuing("a"), 3));
		assertNotEquals(new ShowMoreNode(PODS, query.continuing("a"), 5), new ShowMoreNode(PODS, query.continuing("b"), 5));
	}

	@Test
	void categoriesComeInTreeOrderAndArgoCdOnlyWhenInstalled() {
		List<Category> without = categories(TreeLayout.categories(PROD, false));
		assertEquals(List.of(Category.NODES, Category.NAMESPACES, Category.WORKLOADS, Category.NETWORKING,
				Category.STORAGE, Category.CONFIGURATION, Category.CUSTOM_RESOURCES), without);
		assertTrue(categories(TreeLayout.categories(PROD, true)).contains(Category.ARGOCD));
		assertEquals(List.of(ResourceKinds.DEPLOYMENTS, ResourceKinds.STATEFULSETS, ResourceKinds.DAEMONSETS,
				ResourceKinds.JOBS, ResourceKinds.CRONJOBS, ResourceKinds.PODS), TreeLayout.kinds(Category.WORKLOADS));
		assertEquals(List.of(ResourceKinds.CONFIGMAPS, ResourceKinds.SECRETS), TreeLayout.kinds(Category.CONFIGURATION));
		assertEquals(ResourceKinds.NODES, TreeLayout.listedKind(new CategoryNode(PROD, Category.NODES)).orElseThrow());
		assertTrue(TreeLayout.listedKind(WORKLOADS).isEmpty());
	}

	@Test
	void aCustomResourceKindComesFromTheDefinitionsFieldsNotFromItsStatusText() {
		ResourceKind gadgets = ResourceKinds.custom("example.org", "v1", "gadgets", "Gadget", true);
		// The status is display text: its wording may change, the kind must not.
		ResourceItem definition = new ResourceItem("gadgets.example.org", null, "uid", Instant.EPOCH, Map.of(),
				"Widget example.com/v9 Cluster", Health.OK, gadgets);
		assertEquals(Optional.of(gadgets), ResourceKinds.definedBy(definition));
		assertEquals(Optional.empty(), ResourceKinds.definedBy(pod("web-1", "Widget example.com/v9 Cluster", Health.OK)));
	}

	private static List<Category> categories(List<ExplorerNode> nodes) {
		return nodes.stream().map(node -> ((CategoryNode) node).category()).toList();
	}

	private static ResourceItem pod(String name, String status, Health health) {
		return new ResourceItem(name, "shop", "uid-" + name, Instant.EPOCH, Map.of(), status, health);
	}
}
