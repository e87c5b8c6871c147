package io.kube9.core.live;

import java.util.Objects;

import io.kube9.core.resources.ResourceItem;

/**
 * One change a watch reported for a listing.
 *
 * @param type what happened
 * @param item the item as it is now (for {@link Type#DELETED}: as it was last)
 */
public record ItemChange(Type type, ResourceItem item) {

	public enum Type {
		ADDED, MODIFIED, DELETED;
	}

	public ItemChange {
		Objects.requireNonNull(type);
		Objects.requireNonNull(item);
	}

	/** What identifies the item within a listing: its namespace and name (as the tree's nodes do). */
	public String key() {
		return keyOf(item);
	}

	public static String keyOf(ResourceItem item) {
		return (item.namespace() == null ? "" : item.namespace()) + "/" + item.name();
	}
}
