package io.kube9.benchmarks.scenarios;

import java.nio.file.Path;

import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;

import io.kube9.benchmarks.measure.Repetitions;
import io.kube9.benchmarks.measure.Results;
import io.kube9.benchmarks.measure.Trial;
import io.kube9.benchmarks.support.BaselineNavigator;
import io.kube9.benchmarks.support.BenchKubeconfigs;
import io.kube9.benchmarks.support.ColdStart;
import io.kube9.benchmarks.support.Engines;
import io.kube9.benchmarks.support.Explorer;
import io.kube9.benchmarks.support.UiLoop;
import io.kube9.core.Backend;
import io.kube9.core.Kube9Core;
import io.kube9.core.resources.Category;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.ui.internal.tree.CategoryNode;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.KindNode;

/**
 * The Kubernetes Explorer in the workbench, on a kubeconfig of many contexts, half of them unreachable, through
 * one backend (applied to the IDE's engine like the preferences do). Every trial but the re-expansion starts
 * from a closed view and a cold engine (no client, no check, no cache):
 * <ul>
 * <li>open: the view opens until every cluster is shown (no cluster is contacted);</li>
 * <li>first expansion: the current cluster to its categories (client, status checks);</li>
 * <li>pods: Workloads > Pods of a first-expanded cluster to its items;</li>
 * <li>tree load: all of it, from opening the view to the pods shown;</li>
 * <li>cached re-expansion: Pods collapsed and expanded again, its items already loaded.</li>
 * </ul>
 */
public final class TreeScenario {

	private static final ClusterNode CURRENT = new ClusterNode(BenchKubeconfigs.contextName(0));
	private static final CategoryNode WORKLOADS = new CategoryNode(CURRENT, Category.WORKLOADS);
	private static final KindNode PODS = new KindNode(WORKLOADS, ResourceKinds.PODS);

	private static final int WARM_UP_LOADS = 5;

	/** Opening the plain Common Navigator of {@link #viewCost}, 10 rows. */
	public static final String BASELINE_OPEN = "tree.open.10.baseline";
	/** Opening the Explorer on a warm engine, 10 contexts. */
	public static final String WARM_OPEN = "tree.open.10.api-warm-engine";

	private final Kube9Core core;
	private final Explorer explorer;
	private final Results results;

	public TreeScenario(Kube9Core core, Explorer explorer, Results results) {
		this.core = core;
		this.explorer = explorer;
		this.results = results;
	}

	/** Operation names: "tree: open (10 contexts)". */
	public static String label(String step, int contexts) {
		return "tree: " + step + " (" + contexts + " contexts)";
	}

	/** Ids: "tree.open.10.api". */
	public static String id(String step, int contexts, Backend backend) {
		return "tree." + step + "." + contexts + "." + (backend == Backend.KUBECTL ? "kubectl" : "api");
	}

	/** Loads the tree a few times through a backend, untimed. */
	public void warmUp(Path kubeconfig, int contexts, Backend backend) throws Exception {
		core.applySettings(Engines.settings(kubeconfig, backend));
		for (int i = 0; i < WARM_UP_LOADS; i++) {
			closeCold();
			load(contexts);
		}
		explorer.close();
	}

	/**
	 * @param steps whether to time every step, or only opening and the whole load
	 */
	public void run(Path kubeconfig, int contexts, Backend backend, boolean steps, Repetitions repetitions)
			throws Exception {
		core.applySettings(Engines.settings(kubeconfig, backend));
		String variant = backend == Backend.KUBECTL ? Labels.KUBECTL : Labels.API;
		results.time(id("open", contexts, backend), label("open → clusters shown", contexts), variant, repetitions,
				Trial.of(this::closeCold, () -> open(contexts)));
		results.time(id("load", contexts, backend), label("load → pods shown", contexts), variant, repetitions,
				Trial.of(this::closeCold, () -> load(contexts)));
		if (!steps) {
			return;
		}
		results.time(id("expand", contexts, backend), label("first expansion → categories", contexts), variant,
				repetitions, Trial.of(() -> {
					closeCold();
					open(contexts);
					UiLoop.settle();
				}, () -> explorer.expandAndWait(CURRENT)));
		results.time(id("pods", contexts, backend), label("Pods → items", contexts), variant, repetitions,
				Trial.of(() -> {
					closeCold();
					open(contexts);
					explorer.expandAndWait(CURRENT);
					explorer.expand(WORKLOADS);
					UiLoop.settle();
				}, () -> explorer.expandAndWait(PODS)));
		// The pods trial left Pods loaded.
		results.time(id("reexpand", contexts, backend), label("cached re-expansion of Pods", contexts), variant,
				Repetitions.FAST, Trial.of(() -> {
					explorer.collapse(PODS);
					UiLoop.dispatch();
				}, () -> explorer.expandAndWait(PODS)));
		explorer.close();
	}

	/**
	 * The view's own cost: opening a plain Common Navigator with as many rows (the baseline), and opening the
	 * Explorer with the engine already warm (kubeconfig read, as after a first open): their difference is what our
	 * view adds over any Common Navigator view, creation, images and first layout included.
	 */
	public void viewCost(Path kubeconfig, int contexts, Repetitions repetitions) throws Exception {
		core.applySettings(Engines.settings(kubeconfig, Backend.API_CLIENT));
		BaselineNavigator.showRows(contexts);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		results.time(BASELINE_OPEN, label("open → rows shown", contexts), Labels.BASELINE_NAVIGATOR, repetitions,
				Trial.of(() -> closeBaseline(page), () -> {
					CommonNavigator view = (CommonNavigator) page.showView(BaselineNavigator.VIEW);
					UiLoop.until(contexts + " rows", () -> view.getCommonViewer().getTree().getItemCount() == contexts);
				}));
		closeBaseline(page);
		explorer.open();
		UiLoop.until(contexts + " clusters", () -> explorer.shown(null).size() == contexts);
		results.time(WARM_OPEN, label("open → clusters shown", contexts), Labels.API_WARM_ENGINE, repetitions,
				Trial.of(() -> {
					explorer.close();
					UiLoop.settle();
				}, () -> open(contexts)));
		explorer.close();
	}

	private static void closeBaseline(IWorkbenchPage page) {
		IViewPart open = page.findView(BaselineNavigator.VIEW);
		if (open != null) {
			page.hideView(open);
		}
		UiLoop.settle();
	}

	private void closeCold() {
		explorer.close();
		ColdStart.reset(core);
		UiLoop.dispatch();
	}

	private void load(int contexts) throws Exception {
		open(contexts);
		explorer.expandAndWait(CURRENT);
		explorer.expand(WORKLOADS);
		explorer.expandAndWait(PODS);
	}

	private void open(int contexts) throws Exception {
		explorer.open();
		UiLoop.until(contexts + " clusters", () -> explorer.shown(null).size() == contexts);
	}
}
