package io.kube9.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.kube9.core.resources.Category;
import io.kube9.core.resources.ResourceKind;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.ui.internal.tree.CategoryNode;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.ErrorNode;
import io.kube9.ui.internal.tree.KindNode;
import io.kube9.ui.internal.tree.ResourceNode;

/** Names for the nodes the cluster tests look at, and what they read off the tree. */
final class ClusterNodes {

	private ClusterNodes() {
	}

	static CategoryNode category(ClusterNode cluster, Category category) {
		return new CategoryNode(cluster, category);
	}

	static KindNode kind(ClusterNode cluster, Category category, ResourceKind kind) {
		return new KindNode(category(cluster, category), kind);
	}

	static KindNode pods(ClusterNode cluster) {
		return kind(cluster, Category.WORKLOADS, ResourceKinds.PODS);
	}

	/** "namespace/name" of the objects shown (cluster-scoped ones: just the name). */
	static Set<String> keys(List<Object> shown) {
		return shown.stream().filter(ResourceNode.class::isInstance).map(ResourceNode.class::cast)
				.map(node -> node.namespace() == null ? node.name() : node.namespace() + "/" + node.name())
				.collect(Collectors.toSet());
	}

	static ResourceNode named(List<Object> shown, String name) {
		return shown.stream().filter(ResourceNode.class::isInstance).map(ResourceNode.class::cast)
				.filter(node -> node.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(
						name + " not among " + shown));
	}

	static ErrorNode onlyError(List<Object> shown) {
		assertEquals(1, shown.size(), shown.toString());
		return assertInstanceOf(ErrorNode.class, shown.get(0));
	}

	static void noErrors(List<Object> shown) {
		shown.forEach(node -> org.junit.jupiter.api.Assertions.assertFalse(node instanceof ErrorNode,
				() -> "unexpected " + node + ": " + ((ErrorNode) node).failure().getMessage()));
	}

	static List<Category> categories(List<Object> shown) {
		return shown.stream().map(node -> ((CategoryNode) node).category()).toList();
	}
}
