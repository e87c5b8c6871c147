package io.kube9.ui.internal.tree;

import java.util.Objects;

import io.kube9.core.resources.ResourceItem;
import io.kube9.core.resources.ResourceKind;
import io.kube9.core.resources.ResourceRef;

/**
 * One listed object. Its identity is where it is and what it is named; the listed item it carries for display
 * is not part of it, so a reloaded listing keeps selection and expansion.
 */
public final class ResourceNode extends ChildNode {

	private final String context;
	private final ResourceKind kind;
	private final String namespace;
	private final String name;
	private final ResourceItem item;
	/**
	 * Worked out once: the viewer hashes every row of a listing on each change of it (10,000 rows a page of
	 * 'Show more…'), and each hash would walk the parents and the kind's fields.
	 */
	private final int hash;

	public ResourceNode(ExplorerNode parent, String context, ResourceKind kind, String namespace, String name,
			ResourceItem item) {
		super(parent);
		this.context = Objects.requireNonNull(context);
		this.kind = Objects.requireNonNull(kind);
		this.namespace = namespace;
		this.name = Objects.requireNonNull(name);
		this.item = item;
		this.hash = Objects.hash(parent, kind, namespace, name);
	}

	/** A node for a listed item. */
	public static ResourceNode of(ExplorerNode parent, ResourceKind kind, ResourceItem item) {
		return new ResourceNode(parent, parent.context(), kind, item.namespace(), item.name(), item);
	}

	public ResourceKind kind() {
		return kind;
	}

	/** Its namespace, or null when the kind is cluster-scoped. */
	public String namespace() {
		return namespace;
	}

	public String name() {
		return name;
	}

	/** What the listing said about it. */
	public ResourceItem item() {
		return item;
	}

	public ResourceRef ref() {
		return new ResourceRef(context, kind, namespace, name);
	}

	@Override
	public String context() {
		return context;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ResourceNode node && node.hash == hash && node.getParent().equals(getParent())
				&& node.context.equals(context) && node.kind.equals(kind) && Objects.equals(node.namespace, namespace)
				&& node.name.equals(name);
	}

	@Override
	public int hashCode() {
		return hash;
	}

	@Override
	public String toString() {
		return "ResourceNode[" + context + ", " + kind.id() + ", " + (namespace == null ? "" : namespace + "/")
				+ name + "]";
	}
}
