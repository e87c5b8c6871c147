package io.kube9.benchmarks.scenarios;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import io.kube9.benchmarks.measure.Figure;
import io.kube9.benchmarks.measure.Measurement;
import io.kube9.benchmarks.measure.Repetitions;
import io.kube9.benchmarks.measure.Results;
import io.kube9.benchmarks.measure.Samples;
import io.kube9.benchmarks.measure.Trial;
import io.kube9.benchmarks.support.ColdStart;
import io.kube9.benchmarks.support.Engines;
import io.kube9.benchmarks.support.Explorer;
import io.kube9.benchmarks.support.UiLoop;
import io.kube9.core.Backend;
import io.kube9.core.Kube9Core;
import io.kube9.core.NamespaceMode;
import io.kube9.core.resources.Category;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.support.StallWatchdog;
import io.kube9.ui.internal.ExplorerCommands;
import io.kube9.ui.internal.tree.CategoryNode;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.KindNode;
import io.kube9.ui.internal.tree.ResourceNode;
import io.kube9.ui.internal.tree.ShowMoreNode;

/**
 * A namespace of many pods in the real workbench, on the IDE's own engine (API client, live updates on): Pods
 * expanded to its first page, then 'Show more…' run page after page as a user does (selected, the command run),
 * then the tree scrolled from the first row to the last. Timed: the expansion, each page until it is shown, each
 * scroll step until painted (each page and step once, in order: the rows grow); the UI thread's longest stall is
 * watched while paging and while scrolling.
 */
public final class HugePagingScenario {

	private static final ClusterNode CLUSTER = new ClusterNode(Contexts.ADMIN);
	private static final CategoryNode WORKLOADS = new CategoryNode(CLUSTER, Category.WORKLOADS);
	private static final KindNode PODS = new KindNode(WORKLOADS, ResourceKinds.PODS);
	/** Rows a scroll step moves: about two screens of the tree. */
	private static final int SCROLL_ROWS = 100;

	private final Kube9Core core;
	private final Explorer explorer;
	private final Results results;

	public HugePagingScenario(Kube9Core core, Explorer explorer, Results results) {
		this.core = core;
		this.explorer = explorer;
		this.results = results;
	}

	/**
	 * @param namespace  the namespace of many pods; made the active one of {@link Contexts#ADMIN}
	 * @param pages      the pages to show in all: the first and {@code pages - 1} of 'Show more…'
	 * @param expansions of Pods, each from a cold engine
	 */
	public void run(Path kubeconfig, String namespace, int pages, Repetitions expansions) throws Exception {
		core.applySettings(Engines.settings(kubeconfig, Backend.API_CLIENT).withNamespaceMode(NamespaceMode.IDE_ONLY));
		core.setActiveNamespace(Contexts.ADMIN, namespace);
		int pageSize = core.settings().pageSize();
		try {
			results.time("huge.ui.expand", "huge: Pods of " + namespace + " → first page shown",
					pageSize + " rows", expansions, Trial.of(this::collapsedCold, () -> explorer.expandAndWait(PODS)));
			UiLoop.settle();
			StallWatchdog paging = StallWatchdog.start("the UI thread", Display.getCurrent()::asyncExec,
					Display.getCurrent().getThread());
			int shown = podRows();
			List<Long> pageNanos = new ArrayList<>();
			for (int page = 1; page < pages; page++) {
				long start = System.nanoTime();
				shown = showMore(shown, pageSize);
				pageNanos.add(System.nanoTime() - start);
			}
			paging.close();
			results.add(new Measurement("huge.ui.showMore", "huge: Show more → next page shown",
					pages - 1 + " pages, up to " + shown + " rows", new Samples(pageNanos)));
			printStack("paging", paging);
			results.add(new Figure("huge.ui.pagingStall", "huge: UI thread's longest stall, paging",
					paging.longestStall().toMillis(), "ms", shown + " pod rows at the end; " + paging));

			Tree tree = explorer.viewer().getTree();
			TreeItem[] rows = explorer.item(PODS).getItems();
			StallWatchdog scrolling = StallWatchdog.start("the UI thread", Display.getCurrent()::asyncExec,
					Display.getCurrent().getThread());
			List<Long> scrollNanos = new ArrayList<>();
			for (int row = SCROLL_ROWS; row < rows.length; row += SCROLL_ROWS) {
				long start = System.nanoTime();
				tree.setTopItem(rows[row]);
				tree.update();
				UiLoop.dispatch();
				scrollNanos.add(System.nanoTime() - start);
			}
			scrolling.close();
			results.add(new Measurement("huge.ui.scroll", "huge: scroll " + SCROLL_ROWS + " rows → painted",
					rows.length + " rows", new Samples(scrollNanos)));
			printStack("scrolling", scrolling);
			results.add(new Figure("huge.ui.scrollStall", "huge: UI thread's longest stall, scrolling",
					scrolling.longestStall().toMillis(), "ms", rows.length + " rows; " + scrolling));
		} finally {
			explorer.close();
		}
	}

	/** The view open on a cold engine, Workloads expanded, Pods not. */
	private void collapsedCold() throws Exception {
		explorer.close();
		ColdStart.reset(core);
		explorer.open();
		UiLoop.until("the cluster", () -> explorer.item(CLUSTER) != null);
		explorer.expandAndWait(CLUSTER);
		explorer.expandAndWait(WORKLOADS);
		UiLoop.settle();
	}

	/** Runs 'Show more…' on the listing's last row and waits for the next page's rows. */
	private int showMore(int shownBefore, int pageSize) throws Exception {
		ShowMoreNode more = explorer.shown(PODS).stream().filter(ShowMoreNode.class::isInstance)
				.map(ShowMoreNode.class::cast).findFirst()
				.orElseThrow(() -> new IllegalStateException("no 'Show more…' after " + shownBefore + " pods"));
		explorer.select(more);
		explorer.run(ExplorerCommands.SHOW_MORE);
		UiLoop.until("the page after " + shownBefore + " pods", () -> !explorer.rowsPending()
				&& (podRows() >= shownBefore + pageSize || podRows() > shownBefore
						&& explorer.shown(PODS).stream().noneMatch(ShowMoreNode.class::isInstance)));
		return podRows();
	}

	/** Where the UI thread was during its longest stall: what to look at next. */
	private static void printStack(String activity, StallWatchdog watchdog) {
		System.out.println("bench: huge: the UI thread's longest stall while " + activity + ", "
				+ watchdog.longestStall().toMillis() + " ms, was in:\n" + watchdog.longestStallStack());
	}

	private int podRows() {
		List<Object> shown = explorer.shown(PODS);
		return (int) shown.stream().filter(ResourceNode.class::isInstance).count();
	}
}
