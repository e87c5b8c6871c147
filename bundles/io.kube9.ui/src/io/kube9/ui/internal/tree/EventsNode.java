package io.kube9.ui.internal.tree;

import java.util.Objects;

import io.kube9.core.resources.ResourceKinds;

/**
 * The Events of one namespace, the only child of its namespace's node: lists them newest first, warnings marked.
 * Its identity is the namespace node above it.
 */
public final class EventsNode extends ChildNode {

	private final ResourceNode namespace;

	public EventsNode(ResourceNode namespace) {
		super(namespace);
		if (!namespace.kind().equals(ResourceKinds.NAMESPACES)) {
			throw new IllegalArgumentException(namespace.toString());
		}
		this.namespace = namespace;
	}

	/** The namespace's node. */
	@Override
	public ResourceNode getParent() {
		return namespace;
	}

	/** The name of the namespace whose events it lists. */
	public String namespace() {
		return namespace.name();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof EventsNode node && node.namespace.equals(namespace);
	}

	@Override
	public int hashCode() {
		return Objects.hash(EventsNode.class, namespace);
	}

	@Override
	public String toString() {
		return "EventsNode[" + context() + ", " + namespace() + "]";
	}
}
