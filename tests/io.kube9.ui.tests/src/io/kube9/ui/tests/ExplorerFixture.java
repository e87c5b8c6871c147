package io.kube9.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonViewer;

import io.kube9.core.Kube9Core;
import io.kube9.core.Settings;
import io.kube9.tests.cluster.support.StallWatchdog;
import io.kube9.ui.internal.ExplorerCommands;
import io.kube9.ui.internal.JobFamilies;
import io.kube9.ui.internal.model.ExplorerModel;
import io.kube9.ui.internal.model.NamespaceScopes;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.ExplorerNode;
import io.kube9.ui.internal.tree.KubeconfigLoadingNode;
import io.kube9.ui.internal.tree.LoadingNode;
import io.kube9.ui.internal.view.KubernetesExplorer;
import io.kube9.ui.internal.view.ToolTips;

/**
 * The Kubernetes Explorer opened on a kubeconfig of the test's (never the user's), with short timeouts; closing it
 * closes the view and puts the previous settings back.
 */
public final class ExplorerFixture implements AutoCloseable {

	public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
	/** Short, so that a server that never answers fails fast. */
	public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(3);

	private final Settings previous;
	private final IWorkbenchPage page;
	private final KubernetesExplorer explorer;
	private final CompletableFuture<Void> applied;
	private StallWatchdog watchdog;
	private long gcMillisAtWatchStart;
	private String watchedBy;

	private ExplorerFixture(Settings previous, IWorkbenchPage page, KubernetesExplorer explorer,
			CompletableFuture<Void> applied) {
		this.previous = previous;
		this.page = page;
		this.explorer = explorer;
		this.applied = applied;
	}

	public static ExplorerFixture open(Path kubeconfig) throws PartInitException {
		return open(kubeconfig, Kube9Core.get().settings());
	}

	/** Opens the explorer with {@code settings}, its kubeconfig files and timeouts replaced by the test's. */
	public static ExplorerFixture open(Path kubeconfig, Settings settings) throws PartInitException {
		return open(List.of(kubeconfig), settings);
	}

	/**
	 * Opens the explorer on these kubeconfig files (none: where kubectl looks, which the test JVM's KUBECONFIG
	 * points at a file that does not exist), with the test's timeouts. The settings are applied first, the UI
	 * thread serving events meanwhile.
	 */
	public static ExplorerFixture open(List<Path> kubeconfigs, Settings settings) throws PartInitException {
		ExplorerFixture fixture = openWhileApplying(kubeconfigs, settings);
		UiWait.until("the settings applied", fixture.applied::isDone);
		fixture.applied.join();
		return fixture;
	}

	/**
	 * Starts applying the settings in the background and opens the explorer at once, while they may still be
	 * applied (a kubeconfig on a hanging file system is read by then).
	 */
	public static ExplorerFixture openWhileApplying(List<Path> kubeconfigs, Settings settings) throws PartInitException {
		Kube9Core core = Kube9Core.get();
		Settings previous = core.settings();
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		// A fresh view for every test: nothing loaded, nothing expanded.
		if (page.findView(ExplorerCommands.VIEW) != null) {
			page.hideView(page.findView(ExplorerCommands.VIEW));
		}
		// Off the UI thread: applying new kubeconfig files reads them.
		CompletableFuture<Void> applied = CompletableFuture.runAsync(() -> core.applySettings(
				settings.withKubeconfigFiles(kubeconfigs).withTimeouts(CONNECT_TIMEOUT, REQUEST_TIMEOUT)));
		KubernetesExplorer explorer = (KubernetesExplorer) page.showView(ExplorerCommands.VIEW);
		return new ExplorerFixture(previous, page, explorer, applied);
	}

	/**
	 * Watches the UI thread from now until {@link #close()}: the test asserts on the longest stall it saw. Started
	 * once the view is open, so that the workbench's own first-time work does not count.
	 */
	public StallWatchdog watchStalls() {
		if (watchdog == null) {
			Display display = Display.getCurrent();
			// The view just opened paints itself (tree, status line, progress) first: the workbench's, not ours.
			UiWait.dispatch();
			watchdog = StallWatchdog.start("the UI thread", display::asyncExec, display.getThread());
			watchedBy = StackWalker.getInstance().walk(frames -> frames.skip(1).findFirst()
					.map(frame -> frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1) + "."
							+ frame.getMethodName())
					.orElse("?"));
			gcMillisAtWatchStart = gcMillis();
		}
		return watchdog;
	}

	/** The items of the explorer's top level (problems, clusters, notices) once there are {@code count}. */
	public List<Object> roots(int count) {
		UiWait.until(count + " top-level items", () -> shown(null).size() == count
				&& shown(null).stream().noneMatch(KubeconfigLoadingNode.class::isInstance));
		return shown(null);
	}

	public KubernetesExplorer explorer() {
		return explorer;
	}

	public CommonViewer viewer() {
		return explorer.getCommonViewer();
	}

	public ExplorerModel model() {
		return explorer.model();
	}

	public Kube9Core core() {
		return explorer.model().core();
	}

	/** The elements shown under a node (the clusters for null), as the tree has them now. */
	public List<Object> shown(ExplorerNode node) {
		Item[] items = node == null ? viewer().getTree().getItems() : item(node).getItems();
		return Arrays.stream(items).map(Item::getData).filter(Objects::nonNull).toList();
	}

	/** The clusters, once the tree shows {@code count} of them. */
	public List<Object> clusters(int count) {
		UiWait.until(count + " clusters", () -> clustersShown().size() == count,
				() -> shown(null) + " from " + Kube9Core.get().settings().kubeconfigFiles());
		return clustersShown();
	}

	private List<Object> clustersShown() {
		return shown(null).stream().filter(ClusterNode.class::isInstance).toList();
	}

	/** Expands a node and waits until its children loaded (its 'Loading…' placeholder is gone). */
	public List<Object> expand(ExplorerNode node) {
		viewer().expandToLevel(node, 1);
		return loaded(node);
	}

	/** Waits until a node shows no 'Loading…' placeholder and no load of it is pending. */
	public List<Object> loaded(ExplorerNode node) {
		UiWait.until(node + " to load", () -> !isLoading(node));
		return shown(node);
	}

	/** Whether the node is still loading, in the model or on its way to the tree. */
	public boolean isLoading(ExplorerNode node) {
		// When the model says done, the refresh that shows it is queued already: apply it, then look.
		boolean loading = model().isLoading(node);
		UiWait.dispatch();
		return loading || shown(node).stream().anyMatch(LoadingNode.class::isInstance) || pendingTreeUpdates();
	}

	/** What the row's tooltip says. */
	public String toolTip(Object element) {
		return ToolTips.of(model(), element);
	}

	public TreeItem item(Object element) {
		Widget item = viewer().testFindItem(element);
		assertNotNull(item, element + " is not in the tree");
		return (TreeItem) item;
	}

	private static long gcMillis() {
		return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
				.mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
	}

	private static boolean pendingTreeUpdates() {
		return org.eclipse.core.runtime.jobs.Job.getJobManager().find(JobFamilies.TREE_UPDATE).length > 0;
	}

	@Override
	public void close() {
		if (watchdog != null) {
			watchdog.close();
			// The figure for the record: the assertions only say it stayed under the limit.
			System.out.println(watchedBy + ": the UI thread's longest stall " + watchdog.longestStall().toMillis()
					+ " ms over " + watchdog.heartbeats() + " heartbeats (allowed "
					+ watchdog.limitOnThisMachine(KubeconfigStatesTest.STALL_LIMIT).toMillis() + " ms, load per processor "
					+ String.format("%.1f", watchdog.highestLoad()) + "); garbage collection meanwhile "
					+ (gcMillis() - gcMillisAtWatchStart) + " ms");
		}
		UiWait.until("the settings applied", applied::isDone);
		UiWait.jobs(JobFamilies.COMMAND);
		// Before closing: the view keeps the choices in its memento, and the next test must not inherit them.
		for (String context : NamespaceScopes.get().contextsListingAll()) {
			NamespaceScopes.get().setAllNamespaces(context, false);
		}
		page.hideView(explorer);
		Kube9Core.get().applySettings(previous);
	}
}
