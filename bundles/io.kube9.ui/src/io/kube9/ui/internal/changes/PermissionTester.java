package io.kube9.ui.internal.changes;

import org.eclipse.core.expressions.PropertyTester;

import io.kube9.ui.internal.tree.ResourceNode;

/**
 * Menu expressions about changes: {@code applies} (the action fits the node's kind) and {@code permitted} (RBAC
 * is not known to forbid it). Memory only: it runs on the UI thread.
 */
public final class PermissionTester extends PropertyTester {

	@Override
	public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
		if (!(receiver instanceof ResourceNode node)) {
			return false;
		}
		ChangeAction action = ChangeAction.named(String.valueOf(expectedValue));
		if (action == null || !action.appliesTo(node.kind())) {
			return false;
		}
		return switch (property) {
		case "applies" -> true; //$NON-NLS-1$
		case "permitted" -> Permissions.denied(node, action).isEmpty(); //$NON-NLS-1$
		default -> false;
		};
	}
}
