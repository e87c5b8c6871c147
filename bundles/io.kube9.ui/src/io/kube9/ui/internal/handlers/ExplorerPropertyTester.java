package io.kube9.ui.internal.handlers;

import org.eclipse.core.expressions.PropertyTester;

import io.kube9.core.Kube9Core;
import io.kube9.ui.internal.model.NamespaceScopes;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.ExplorerNode;
import io.kube9.ui.internal.tree.ResourceNode;
import io.kube9.ui.internal.tree.TreeLayout;

/**
 * Properties of explorer nodes for menu expressions (namespace io.kube9.ui): {@code kind} (the kind id a node
 * lists or is), {@code allNamespaces} (its cluster lists all namespaces), {@code currentContext} (it is the
 * current context's cluster). All from memory.
 */
public final class ExplorerPropertyTester extends PropertyTester {

	@Override
	public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
		if (!(receiver instanceof ExplorerNode node)) {
			return false;
		}
		return switch (property) {
		case "kind" -> expectedValue != null && kindOf(node).equals(expectedValue.toString()); //$NON-NLS-1$
		case "allNamespaces" -> NamespaceScopes.get().allNamespaces(node.context()); //$NON-NLS-1$
		case "currentContext" -> node instanceof ClusterNode cluster //$NON-NLS-1$
				&& Kube9Core.get().kubeconfig().current().currentContext().filter(cluster.context()::equals)
						.isPresent();
		default -> false;
		};
	}

	private static String kindOf(ExplorerNode node) {
		if (node instanceof ResourceNode resource) {
			return resource.kind().id();
		}
		return TreeLayout.listedKind(node).map(kind -> kind.id()).orElse(""); //$NON-NLS-1$
	}
}
