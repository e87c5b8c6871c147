package io.kube9.ui.internal.performance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.ui.part.ViewPart;

import io.kube9.core.Kube9Core;

/**
 * Window > Show View > Kubernetes > Kubernetes Performance: per context, requests by kind and backend with their
 * latencies, cache hits and misses, watch reconnects and errors by class. A background job reads the numbers
 * every second and hands them over only when they changed; the UI thread only draws.
 */
public final class PerformanceView extends ViewPart {

	public static final String ID = "io.kube9.ui.performance"; //$NON-NLS-1$

	private static final String[] COLUMNS = { PerformanceMessages.column_name, PerformanceMessages.column_backend,
			PerformanceMessages.column_count, PerformanceMessages.column_errors, PerformanceMessages.column_p50,
			PerformanceMessages.column_p95 };
	private static final int[] WEIGHTS = { 40, 14, 10, 10, 13, 13 };

	private final Set<String> seen = new HashSet<>();
	private TreeViewer viewer;
	private PerformanceRefreshJob refresh;

	@Override
	public void createPartControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		TreeColumnLayout layout = new TreeColumnLayout();
		area.setLayout(layout);
		viewer = new TreeViewer(area, SWT.FULL_SELECTION | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		for (int i = 0; i < COLUMNS.length; i++) {
			TreeColumn column = new TreeColumn(viewer.getTree(), i == 0 ? SWT.LEFT : i == 1 ? SWT.LEFT : SWT.RIGHT);
			column.setText(COLUMNS[i]);
			layout.setColumnData(column, new ColumnWeightData(WEIGHTS[i], 60));
		}
		viewer.setComparer(new ById());
		viewer.setContentProvider(new RowsContent());
		viewer.setLabelProvider(new RowLabels());
		viewer.setInput(List.of());
		refresh = new PerformanceRefreshJob(this, Kube9Core.get());
		refresh.schedule();
	}

	/** Shows new rows, keeping what was expanded; a context seen for the first time opens. Call on the UI thread. */
	void show(List<PerformanceRow> rows) {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		List<Object> expanded = new ArrayList<>(List.of(viewer.getExpandedElements()));
		for (PerformanceRow row : rows) {
			if (seen.add(row.id())) {
				expanded.add(row);
			}
		}
		viewer.getTree().setRedraw(false);
		try {
			viewer.setInput(rows);
			viewer.setExpandedElements(expanded.toArray());
		} finally {
			viewer.getTree().setRedraw(true);
		}
	}

	/** Reads the numbers again at once (after Reset) instead of at the next tick. */
	public void refreshNow() {
		if (refresh != null) {
			refresh.now();
		}
	}

	/** The viewer, for tests. */
	public TreeViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (refresh != null) {
			refresh.stop();
		}
		super.dispose();
	}

	/** Rows are compared by id, so that the expansion survives a refresh whose counts differ. */
	private static final class ById implements IElementComparer {

		@Override
		public boolean equals(Object a, Object b) {
			return a instanceof PerformanceRow ra && b instanceof PerformanceRow rb ? ra.id().equals(rb.id())
					: a.equals(b);
		}

		@Override
		public int hashCode(Object element) {
			return element instanceof PerformanceRow row ? row.id().hashCode() : element.hashCode();
		}
	}

	private static final class RowsContent implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return ((PerformanceRow) parent).children().toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return !((PerformanceRow) element).children().isEmpty();
		}
	}

	private static final class RowLabels extends LabelProvider implements ITableLabelProvider {

		@Override
		public Image getColumnImage(Object element, int columnIndex) {
			return null;
		}

		@Override
		public String getColumnText(Object element, int columnIndex) {
			return ((PerformanceRow) element).column(columnIndex);
		}
	}
}
