package io.kube9.coldstart.probe;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * The Explorer's tree seen from outside: items are recognised by their element's {@code toString()}, so the
 * probe never loads a Kube9 class. A step expands one item on the UI thread and ends when the first row of the
 * expected kind is painted ({@link SWT#PaintItem}); the instant its row first exists with a text is noted too.
 */
final class TreeWatch {

	private static final String LOADING = "LoadingNode[";

	/**
	 * Nanotimes of one step.
	 *
	 * @param start   just before the expand call, on the UI thread
	 * @param exists  when a finished child row first existed with its text
	 * @param painted when the first such row was painted
	 * @param first   the element of that row
	 */
	record Step(long start, long exists, long painted, String first) {

		void putInto(Report report, String name) {
			report.put(name + ".start", start);
			report.put(name + ".exists", exists);
			report.put(name + ".painted", painted);
			report.put(name + ".first", first);
		}
	}

	private final Display display;
	private final TreeViewer viewer;
	private final Duration deadline;

	TreeWatch(Display display, TreeViewer viewer, Duration deadline) {
		this.display = display;
		this.viewer = viewer;
		this.deadline = deadline;
	}

	/**
	 * Waits until the tree shows an item whose element prints as {@code element}: looked for at once, then at each
	 * paint of the tree, which a new visible row causes.
	 */
	void awaitItem(String element) throws Exception {
		CountDownLatch shown = new CountDownLatch(1);
		Listener onPaint = event -> {
			if (find(element) != null) {
				shown.countDown();
			}
		};
		Ui.run(display, () -> {
			Tree tree = viewer.getTree();
			tree.addListener(SWT.Paint, onPaint);
			tree.addListener(SWT.PaintItem, onPaint);
			onPaint.handleEvent(null);
		});
		try {
			if (!shown.await(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new IllegalStateException("no tree item " + element + " in " + deadline.toSeconds() + " s");
			}
		} finally {
			Ui.run(display, () -> {
				Tree tree = viewer.getTree();
				tree.removeListener(SWT.Paint, onPaint);
				tree.removeListener(SWT.PaintItem, onPaint);
			});
		}
	}

	/**
	 * Expands the item of {@code element} by one level and waits for its first child row that is not the
	 * placeholder (and, if {@code childPrefix} is given, whose element starts with it).
	 *
	 * @param startMark   the {@link Markers} class loaded just before the expand call, or null
	 * @param paintedMark the one loaded when the row is painted, or null
	 */
	Step expandUntilShown(String element, String childPrefix, String startMark, String paintedMark)
			throws Exception {
		CountDownLatch painted = new CountDownLatch(1);
		AtomicLong paintedAt = new AtomicLong();
		AtomicLong existsAt = new AtomicLong();
		AtomicLong start = new AtomicLong();
		AtomicReference<String> first = new AtomicReference<>("");
		AtomicReference<Listener> listener = new AtomicReference<>();
		Ui.run(display, () -> {
			TreeItem item = find(element);
			if (item == null) {
				throw new IllegalStateException("no tree item " + element);
			}
			Object parent = item.getData();
			Tree tree = item.getParent();
			// Untimed: the item at the top of the view, so that the rows it gets are visible and get painted.
			tree.setTopItem(item);
			tree.update();
			Listener onPaint = event -> {
				if (paintedAt.get() == 0 && event.item instanceof TreeItem row && !row.isDisposed()
						&& isShownChild(row, parent, childPrefix)) {
					paintedAt.set(System.nanoTime());
					first.set(String.valueOf(row.getData()));
					if (paintedMark != null) {
						Markers.mark(paintedMark);
					}
					painted.countDown();
				}
			};
			listener.set(onPaint);
			tree.addListener(SWT.PaintItem, onPaint);
			if (startMark != null) {
				Markers.mark(startMark);
			}
			start.set(System.nanoTime());
			viewer.expandToLevel(parent, 1);
			watchExistence(item, parent, childPrefix, existsAt);
		});
		boolean done = painted.await(deadline.toMillis(), TimeUnit.MILLISECONDS);
		Ui.run(display, () -> viewer.getTree().removeListener(SWT.PaintItem, listener.get()));
		if (!done) {
			throw new IllegalStateException("no child row of " + element + " was painted in " + deadline.toSeconds()
					+ " s (a row existed: " + (existsAt.get() != 0) + ")");
		}
		return new Step(start.get(), existsAt.get(), paintedAt.get(), first.get());
	}

	/** A 1 ms timer on the UI thread notes when a finished child row first exists with its text. */
	private void watchExistence(TreeItem item, Object parent, String childPrefix, AtomicLong existsAt) {
		Runnable check = new Runnable() {
			@Override
			public void run() {
				if (item.isDisposed() || existsAt.get() != 0) {
					return;
				}
				for (TreeItem child : item.getItems()) {
					if (isShownChild(child, parent, childPrefix) && !child.getText().isEmpty()) {
						existsAt.set(System.nanoTime());
						return;
					}
				}
				display.timerExec(1, this);
			}
		};
		display.timerExec(1, check);
	}

	private static boolean isShownChild(TreeItem row, Object parent, String childPrefix) {
		TreeItem parentItem = row.getParentItem();
		Object data = row.getData();
		if (parentItem == null || data == null || !parent.equals(parentItem.getData())) {
			return false;
		}
		String text = data.toString();
		return !text.startsWith(LOADING) && (childPrefix == null || text.startsWith(childPrefix));
	}

	/** The tree item whose element prints as {@code element}, searched in expanded items; on the UI thread. */
	private TreeItem find(String element) {
		return find(viewer.getTree().getItems(), element);
	}

	private static TreeItem find(TreeItem[] items, String element) {
		for (TreeItem item : items) {
			if (item.getData() != null && element.equals(item.getData().toString())) {
				return item;
			}
			if (item.getExpanded()) {
				TreeItem found = find(item.getItems(), element);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
