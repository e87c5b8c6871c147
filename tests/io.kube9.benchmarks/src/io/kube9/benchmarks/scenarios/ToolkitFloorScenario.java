package io.kube9.benchmarks.scenarios;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import io.kube9.benchmarks.measure.Measurement;
import io.kube9.benchmarks.measure.Results;
import io.kube9.benchmarks.measure.Samples;
import io.kube9.benchmarks.support.UiLoop;

/**
 * What the toolkit itself costs a long listing, without the Explorer: a plain JFace tree with styled labels (owner
 * drawn, as the Explorer's), one expanded parent of {@code rows} rows, and a page of rows appended to it at once.
 * Timed: the append, then the wait until a runnable posted to the display runs. GTK's tree store finds a row's path
 * by walking the rows before it (each insert and each label set), and it measures new rows in idle chunks; SWT runs
 * posted runnables only once GTK has nothing pending. That wait is the floor of the Explorer's paging stall.
 */
public final class ToolkitFloorScenario {

	private static final String PARENT = "Pods";

	private final Results results;
	private final List<String> rows = new ArrayList<>();

	public ToolkitFloorScenario(Results results) {
		this.results = results;
	}

	/**
	 * @param before rows already below the parent
	 * @param page   rows appended each time
	 * @param runs   appends timed, each of a fresh page (the previous one removed)
	 */
	public void run(int before, int page, int runs) {
		Display display = Display.getCurrent();
		Shell shell = new Shell(display);
		try {
			shell.setLayout(new FillLayout());
			shell.setSize(500, 800);
			TreeViewer viewer = new TreeViewer(shell, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
			// As the Common Navigator's: an element finds its row without a walk over the rows.
			viewer.setUseHashlookup(true);
			viewer.setContentProvider(new Content());
			viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new RowLabels()));
			for (int i = 0; i < before; i++) {
				rows.add(row(i));
			}
			viewer.setInput(rows);
			shell.open();
			viewer.expandToLevel(PARENT, 1);
			UiLoop.settle();
			List<Long> appends = new ArrayList<>();
			List<Long> waits = new ArrayList<>();
			for (int run = 0; run < runs; run++) {
				Object[] added = new Object[page];
				for (int i = 0; i < page; i++) {
					added[i] = row(before + run * page + i);
				}
				long start = System.nanoTime();
				viewer.add(PARENT, added);
				long appended = System.nanoTime();
				untilPostedRunnableRuns(display);
				waits.add(System.nanoTime() - appended);
				appends.add(appended - start);
				viewer.remove(added);
				UiLoop.settle();
			}
			String variant = page + " rows after " + before + ", plain JFace tree, styled labels";
			results.add(new Measurement("huge.toolkit.append", "huge: toolkit floor: rows appended at once",
					variant, new Samples(appends)));
			results.add(new Measurement("huge.toolkit.wait", "huge: toolkit floor: then a posted runnable runs",
					variant, new Samples(waits)));
		} finally {
			shell.dispose();
		}
	}

	private static void untilPostedRunnableRuns(Display display) {
		boolean[] ran = { false };
		display.asyncExec(() -> ran[0] = true);
		UiLoop.until("a runnable posted after the append", () -> ran[0]);
	}

	private static String row(int index) {
		return String.format("pod-%05d", index);
	}

	/** The input (the row list) has one child, the parent; the parent has the rows. */
	private final class Content implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return new Object[] { PARENT };
		}

		@Override
		public Object[] getChildren(Object parent) {
			return PARENT.equals(parent) ? rows.toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return PARENT.equals(element) ? null : PARENT;
		}

		@Override
		public boolean hasChildren(Object element) {
			return PARENT.equals(element);
		}
	}

	/** A name and a decoration, as a pod row shows them. */
	private static final class RowLabels extends LabelProvider implements IStyledLabelProvider {

		@Override
		public StyledString getStyledText(Object element) {
			StyledString text = new StyledString(String.valueOf(element));
			if (!PARENT.equals(element)) {
				text.append("  Running · 1/1 · 5d", StyledString.DECORATIONS_STYLER); //$NON-NLS-1$
			}
			return text;
		}
	}
}
