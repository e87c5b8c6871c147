package io.kube9.ui.internal.model;

import java.util.List;

import io.kube9.ui.internal.tree.ExplorerNode;

/** What the model tells its view. Called from any thread, possibly holding the model's lock: never block. */
public interface ExplorerListener {

	/** The children of a node changed; null means the top level. */
	void childrenChanged(ExplorerNode node);

	/** What these nodes show changed, not their children. */
	void labelsChanged(List<ExplorerNode> nodes);

	/**
	 * A followed listing changed in place: rows were added or removed ({@code structural}: its children must be
	 * read again) and rows changed ({@code updated}: only their labels). Bursts come here; coalesce them.
	 */
	default void liveChanged(ExplorerNode node, boolean structural, List<ExplorerNode> updated) {
		childrenChanged(node);
	}
}
