package io.kube9.benchmarks.support;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.ui.navigator.CommonNavigator;

/**
 * The tree benchmark's baseline: a Common Navigator as plain as the framework allows, showing {@link #rows} rows
 * of text under its root. Opening it costs what any Common Navigator view costs; what opening the Explorer costs
 * more is the Explorer's own share.
 */
public final class BaselineNavigator extends CommonNavigator {

	public static final String VIEW = "io.kube9.benchmarks.baselineNavigator";

	/** How many rows the next view opened shows (the Explorer's clusters). */
	private static volatile int rows = 10;

	public static void showRows(int count) {
		rows = count;
	}

	@Override
	protected Object getInitialInput() {
		return new Root();
	}

	/** The input; the content's trigger point. */
	public static final class Root {
	}

	public static final class Content implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return getChildren(input);
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (!(parent instanceof Root)) {
				return new Object[0];
			}
			Object[] children = new Object[rows];
			for (int i = 0; i < children.length; i++) {
				children[i] = "row-" + i;
			}
			return children;
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof Root;
		}
	}

	public static final class Labels extends LabelProvider {
	}
}
