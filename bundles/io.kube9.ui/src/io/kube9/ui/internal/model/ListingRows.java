package io.kube9.ui.internal.model;

import java.util.ArrayList;
import java.util.List;

import io.kube9.ui.internal.tree.ExplorerNode;
import io.kube9.ui.internal.tree.ResourceNode;

/**
 * A listing's children split where its rows end: the resource rows first, then what follows them (Show more,
 * Loading…, a page's error). Both lists are new and the caller's to edit.
 */
record ListingRows(List<ResourceNode> rows, List<ExplorerNode> tail) {

	static ListingRows of(List<ExplorerNode> children) {
		List<ResourceNode> rows = new ArrayList<>(children.size());
		List<ExplorerNode> tail = new ArrayList<>();
		for (ExplorerNode child : children) {
			if (child instanceof ResourceNode row && tail.isEmpty()) {
				rows.add(row);
			} else {
				tail.add(child);
			}
		}
		return new ListingRows(rows, tail);
	}
}
