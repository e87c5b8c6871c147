package io.kube9.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonViewer;

import io.kube9.core.Kube9Core;
import io.kube9.core.Settings;
import io.kube9.ui.internal.ExplorerCommands;
import io.kube9.ui.internal.JobFamilies;
import io.kube9.ui.internal.model.ExplorerModel;
import io.kube9.ui.internal.model.NamespaceScopes;
import io.kube9.ui.internal.tree.ExplorerNode;
import io.kube9.ui.internal.tree.LoadingNode;
import io.kube9.ui.internal.view.KubernetesExplorer;

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

	private ExplorerFixture(Settings previous, IWorkbenchPage page, KubernetesExplorer explorer) {
		this.previous = previous;
		this.page = page;
		this.explorer = explorer;
	}

	public static ExplorerFixture open(Path kubeconfig) throws PartInitException {
		return open(kubeconfig, Kube9Core.get().settings());
	}

	/** Opens the explorer with {@code settings}, its kubeconfig files and timeouts replaced by the test's. */
	public static ExplorerFixture open(Path kubeconfig, Settings settings) throws PartInitException {
		Kube9Core core = Kube9Core.get();
		Settings previous = core.settings();
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		// A fresh view for every test: nothing loaded, nothing expanded.
		if (page.findView(ExplorerCommands.VIEW) != null) {
			page.hideView(page.findView(ExplorerCommands.VIEW));
		}
		core.applySettings(settings.withKubeconfigFiles(List.of(kubeconfig)).withTimeouts(CONNECT_TIMEOUT,
				REQUEST_TIMEOUT));
		KubernetesExplorer explorer = (KubernetesExplorer) page.showView(ExplorerCommands.VIEW);
		return new ExplorerFixture(previous, page, explorer);
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
		UiWait.until(count + " clusters", () -> shown(null).size() == count);
		return shown(null);
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

	public TreeItem item(ExplorerNode node) {
		Widget item = viewer().testFindItem(node);
		assertNotNull(item, node + " is not in the tree");
		return (TreeItem) item;
	}

	private static boolean pendingTreeUpdates() {
		return org.eclipse.core.runtime.jobs.Job.getJobManager().find(JobFamilies.TREE_UPDATE).length > 0;
	}

	@Override
	public void close() {
		UiWait.jobs(JobFamilies.COMMAND);
		// Before closing: the view keeps the choices in its memento, and the next test must not inherit them.
		for (String context : NamespaceScopes.get().contextsListingAll()) {
			NamespaceScopes.get().setAllNamespaces(context, false);
		}
		page.hideView(explorer);
		Kube9Core.get().applySettings(previous);
	}
}
