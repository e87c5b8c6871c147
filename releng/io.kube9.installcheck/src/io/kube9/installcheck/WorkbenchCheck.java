package io.kube9.installcheck;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.navigator.CommonNavigator;

/**
 * Runs the installation's workbench, opens the Kubernetes perspective and the Explorer in it, waits until the
 * Explorer shows the kubeconfig's clusters, lets {@code background} (the cluster check) finish off the UI thread,
 * then closes the workbench.
 */
final class WorkbenchCheck extends WorkbenchAdvisor {

	static final String PERSPECTIVE_ID = "io.kube9.ui.perspective";
	private static final String EXPLORER_ID = "io.kube9.ui.explorer";
	private static final String EXPLORER_CLASS = "io.kube9.ui.internal.view.KubernetesExplorer";
	private static final String CLUSTER_NODE_CLASS = "io.kube9.ui.internal.tree.ClusterNode";
	private static final long DEADLINE_MILLIS = TimeUnit.SECONDS.toMillis(60);

	private final Problems problems;
	private final Runnable background;
	private CompletableFuture<Void> backgroundDone;
	private long deadline;

	WorkbenchCheck(Problems problems, Runnable background) {
		this.problems = problems;
		this.background = background;
	}

	void run() {
		Display display = PlatformUI.createDisplay();
		try {
			PlatformUI.createAndRunWorkbench(display, this);
		} finally {
			display.dispose();
		}
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return "org.eclipse.ui.resourcePerspective";
	}

	@Override
	public void postStartup() {
		deadline = System.currentTimeMillis() + DEADLINE_MILLIS;
		backgroundDone = CompletableFuture.runAsync(background);
		try {
			// Window > Perspective > Open Perspective > Kubernetes (the product's own default may be another).
			IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(PERSPECTIVE_ID,
					PlatformUI.getWorkbench().getActiveWorkbenchWindow());
			Report.line("perspective " + page.getPerspective().getId());
			if (!PERSPECTIVE_ID.equals(page.getPerspective().getId())) {
				problems.add("the Kubernetes perspective did not open: " + page.getPerspective().getId());
			}
			IViewPart part = page.showView(EXPLORER_ID);
			if (!EXPLORER_CLASS.equals(part.getClass().getName())) {
				problems.add("the Explorer did not open; the workbench shows " + part.getClass().getName());
				finish();
				return;
			}
			awaitClusters((CommonNavigator) part);
		} catch (WorkbenchException | ClassCastException e) {
			problems.add("the Explorer did not open: " + e);
			finish();
		}
	}

	/** The tree's rows are the kubeconfig's clusters; they come from a background load. */
	private void awaitClusters(CommonNavigator explorer) {
		Display display = Display.getCurrent();
		display.timerExec(100, () -> {
			int rows = explorer.getCommonViewer().getTree().getItemCount();
			Object first = rows > 0 ? explorer.getCommonViewer().getTree().getItem(0).getData() : null;
			boolean loaded = first != null && first.getClass().getName().equals(CLUSTER_NODE_CLASS);
			if (loaded || System.currentTimeMillis() > deadline) {
				if (loaded) {
					Report.line("the Explorer shows " + rows + " rows, the first: "
							+ explorer.getCommonViewer().getTree().getItem(0).getText());
				} else {
					problems.add("the Explorer showed no cluster within " + DEADLINE_MILLIS / 1000 + " s");
				}
				finish();
			} else {
				awaitClusters(explorer);
			}
		});
	}

	private void finish() {
		Display display = Display.getCurrent();
		display.timerExec(100, () -> {
			if (!backgroundDone.isDone() && System.currentTimeMillis() < deadline) {
				finish();
				return;
			}
			if (!backgroundDone.isDone()) {
				problems.add("the cluster check did not finish within " + DEADLINE_MILLIS / 1000 + " s");
			}
			PlatformUI.getWorkbench().close();
		});
	}
}
