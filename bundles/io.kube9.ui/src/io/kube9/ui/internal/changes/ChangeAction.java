package io.kube9.ui.internal.changes;

import java.util.Set;

import io.kube9.core.resources.ResourceKind;
import io.kube9.core.resources.ResourceKinds;

/**
 * What the Explorer can change on an object: its command, the objects it applies to, and the verb (and
 * subresource) RBAC must allow for it.
 */
public enum ChangeAction {
	EDIT("io.kube9.ui.editYaml", "patch", null, null), //$NON-NLS-1$ //$NON-NLS-2$
	EDIT_SECRET("io.kube9.ui.editYamlWithSecretValues", "patch", null, Set.of(ResourceKinds.SECRETS.id())), //$NON-NLS-1$ //$NON-NLS-2$
	DELETE("io.kube9.ui.delete", "delete", null, null), //$NON-NLS-1$ //$NON-NLS-2$
	SCALE("io.kube9.ui.scale", "patch", "scale", Set.of(ResourceKinds.DEPLOYMENTS.id(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			ResourceKinds.STATEFULSETS.id(), ResourceKinds.REPLICASETS.id())),
	RESTART("io.kube9.ui.restart", "patch", null, Set.of(ResourceKinds.DEPLOYMENTS.id(), //$NON-NLS-1$ //$NON-NLS-2$
			ResourceKinds.STATEFULSETS.id(), ResourceKinds.DAEMONSETS.id())),
	CORDON("io.kube9.ui.cordon", "patch", null, Set.of(ResourceKinds.NODES.id())), //$NON-NLS-1$ //$NON-NLS-2$
	UNCORDON("io.kube9.ui.uncordon", "patch", null, Set.of(ResourceKinds.NODES.id())); //$NON-NLS-1$ //$NON-NLS-2$

	private final String command;
	private final String verb;
	private final String subresource;
	private final Set<String> kinds;

	ChangeAction(String command, String verb, String subresource, Set<String> kinds) {
		this.command = command;
		this.verb = verb;
		this.subresource = subresource;
		this.kinds = kinds;
	}

	public String command() {
		return command;
	}

	public String verb() {
		return verb;
	}

	/** The subresource RBAC is asked about, or null. */
	public String subresource() {
		return subresource;
	}

	public boolean appliesTo(ResourceKind kind) {
		return kinds == null || kinds.contains(kind.id());
	}

	/** The action a property test names ("delete"), or null. */
	public static ChangeAction named(String name) {
		for (ChangeAction action : values()) {
			if (action.name().equalsIgnoreCase(name)) {
				return action;
			}
		}
		return null;
	}
}
