package io.kube9.ui.tests;

import static io.kube9.ui.tests.ClusterNodes.category;
import static io.kube9.ui.tests.ClusterNodes.pods;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.IViewCategory;
import org.junit.jupiter.api.Test;

import io.kube9.core.Kube9Core;
import io.kube9.core.resources.Category;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.support.StallWatchdog;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kube9.ui.internal.JobFamilies;
import io.kube9.ui.internal.performance.PerformanceView;
import io.kube9.ui.internal.tree.ClusterNode;

/**
 * The Kubernetes Performance view in the real workbench: expanding a cluster's Pods in the Explorer shows up as a
 * pods row of that context with its requests counted; Reset clears it.
 */
@WithTestCluster
class PerformanceViewTest {

	private static final ClusterNode ADMIN = new ClusterNode(Contexts.ADMIN);
	private static final String RESET = "io.kube9.ui.resetPerformance";

	@Test
	void expandingPodsShowsAPodsRowForThatContextAndResetClearsIt(TestCluster cluster) throws Exception {
		IViewCategory kubernetes = Arrays.stream(PlatformUI.getWorkbench().getViewRegistry().getCategories())
				.filter(category -> category.getId().equals("io.kube9.ui.category")).findFirst().orElseThrow();
		assertTrue(Arrays.stream(kubernetes.getViews()).anyMatch(view -> view.getId().equals(PerformanceView.ID)));
		try (ExplorerFixture explorer = ExplorerFixture.open(cluster.kubeconfigs().all())) {
			Kube9Core.get().performance().reset();
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			PerformanceView view = (PerformanceView) page.showView(PerformanceView.ID);
			try {
				StallWatchdog watchdog = explorer.watchStalls();
				explorer.clusters(Contexts.ALL.size());
				explorer.expand(ADMIN);
				explorer.expand(category(ADMIN, Category.WORKLOADS));
				explorer.expand(pods(ADMIN));

				UiWait.until("a pods row of " + Contexts.ADMIN + " with requests counted",
						() -> podsRequests(view).orElse(0L) > 0);
				TreeItem pods = podsRow(view).orElseThrow();
				assertEquals("api-client", pods.getText(1));
				assertEquals("0", pods.getText(3), "no errors");
				assertTrue(Double.parseDouble(pods.getText(5)) >= Double.parseDouble(pods.getText(4)),
						pods.getText(4) + " / " + pods.getText(5));
				assertTrue(children(contextRow(view).orElseThrow()).stream()
						.anyMatch(item -> item.getText(0).equals("Cache misses") && !item.getText(2).equals("0")));

				page.activate(view);
				assertTrue(toolBar(view).contains(RESET), () -> "Reset in the view's tool bar: " + toolBar(view));
				view.getSite().getService(IHandlerService.class).executeCommand(RESET, null);
				UiWait.until("the pods row cleared by Reset", () -> podsRequests(view).isEmpty());
				watchdog.assertNoStallLongerThanOnThisMachine(KubeconfigStatesTest.STALL_LIMIT);
			} finally {
				page.hideView(view);
				UiWait.until("the refresh job stopped", () -> Job.getJobManager().find(JobFamilies.PERFORMANCE).length == 0);
			}
		}
	}

	private static Optional<TreeItem> contextRow(PerformanceView view) {
		return Arrays.stream(view.viewer().getTree().getItems()).filter(item -> item.getText(0).equals(Contexts.ADMIN))
				.findFirst();
	}

	private static Optional<TreeItem> podsRow(PerformanceView view) {
		return contextRow(view).flatMap(context -> children(context).stream()
				.filter(item -> item.getText(0).equals("pods")).findFirst());
	}

	private static Optional<Long> podsRequests(PerformanceView view) {
		return podsRow(view).map(item -> Long.parseLong(item.getText(2)));
	}

	private static List<TreeItem> children(TreeItem item) {
		return List.of(item.getItems());
	}

	/** The view's tool bar as the workbench rendered it from plugin.xml: its items carry their command's id. */
	private static List<String> toolBar(PerformanceView view) {
		return Arrays.stream(view.getViewSite().getActionBars().getToolBarManager().getItems())
				.map(IContributionItem::getId).toList();
	}
}
