package io.kube9.ui.internal.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a node's rows become its new children without touching the rows that stay: the rows to remove, the
 * children to insert (at their index in the new order), and the rows kept whose element is equal but another
 * object (relabelled). Only when the rows kept stay in their order; a reordering has no diff.
 */
public record RowDiff(List<Integer> removed, List<Integer> inserted, List<Kept> replaced) {

	/** A row kept: its index among the rows shown, and the element it now shows. */
	public record Kept(int row, Object element) {
	}

	/**
	 * @param shown    the elements of the rows shown, in order
	 * @param children the node's children now, in order
	 * @return the diff, or null when the rows kept would change their order (or an element is there twice)
	 */
	public static RowDiff between(List<?> shown, List<?> children) {
		Map<Object, Integer> rowOf = new HashMap<>(shown.size() * 2);
		for (int row = 0; row < shown.size(); row++) {
			if (rowOf.put(shown.get(row), row) != null) {
				return null;
			}
		}
		Set<Object> next = new HashSet<>(children.size() * 2);
		List<Integer> inserted = new ArrayList<>();
		List<Kept> replaced = new ArrayList<>();
		int lastKept = -1;
		for (int index = 0; index < children.size(); index++) {
			Object child = children.get(index);
			if (!next.add(child)) {
				return null;
			}
			Integer row = rowOf.get(child);
			if (row == null) {
				inserted.add(index);
			} else if (row < lastKept) {
				return null;
			} else {
				lastKept = row;
				if (shown.get(row) != child) {
					replaced.add(new Kept(row, child));
				}
			}
		}
		List<Integer> removed = new ArrayList<>();
		for (int row = 0; row < shown.size(); row++) {
			if (!next.contains(shown.get(row))) {
				removed.add(row);
			}
		}
		return new RowDiff(removed, inserted, replaced);
	}
}
