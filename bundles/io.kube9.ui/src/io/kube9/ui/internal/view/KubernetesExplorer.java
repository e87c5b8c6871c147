package io.kube9.ui.internal.view;

import java.util.List;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.DecoratingStyledCellLabelProvider;
import org.eclipse.jface.viewers.DoubleClickEvent;
import org.eclipse.jface.viewers.ILabelDecorator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.navigator.CommonViewer;

import io.kube9.core.Kube9Core;
import io.kube9.core.internal.trace.Trace;
import io.kube9.ui.internal.ExplorerCommands;
import io.kube9.ui.internal.model.ExplorerListener;
import io.kube9.ui.internal.model.ExplorerModel;
import io.kube9.ui.internal.model.ExplorerRoot;
import io.kube9.ui.internal.model.NamespaceScopes;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.ErrorNode;
import io.kube9.ui.internal.tree.ExplorerNode;
import io.kube9.ui.internal.tree.KindNode;
import io.kube9.ui.internal.tree.KubeconfigNoticeNode;
import io.kube9.ui.internal.tree.ResourceNode;
import io.kube9.ui.internal.tree.ShowMoreNode;

/**
 * The Kubernetes Explorer: a Common Navigator over every kubeconfig context. It wires the model to the viewer
 * and to core's events; loading, labels and commands live in their own classes.
 */
public final class KubernetesExplorer extends CommonNavigator {

	private ExplorerModel model;
	private ExplorerViewer viewer;
	private Display display;
	private volatile TreeUpdater updater;
	private CoreSubscriptions subscriptions;

	@Override
	public void init(IViewSite site, IMemento memento) throws PartInitException {
		super.init(site, memento);
		NamespaceMemento.restore(memento, NamespaceScopes.get());
		model = new ExplorerModel(Kube9Core.get(), NamespaceScopes.get(), new ExplorerListener() {
			@Override
			public void childrenChanged(ExplorerNode node) {
				KubernetesExplorer.this.childrenChanged(node);
			}

			@Override
			public void labelsChanged(List<ExplorerNode> nodes) {
				KubernetesExplorer.this.labelsChanged(nodes);
			}

			@Override
			public void liveChanged(ExplorerNode node, boolean structural, List<ExplorerNode> updated) {
				TreeUpdater current = updater;
				if (current != null) {
					current.live(node, structural, updated);
				}
			}
		});
	}

	@Override
	protected Object getInitialInput() {
		return new ExplorerRoot(model);
	}

	@Override
	public void createPartControl(Composite parent) {
		display = parent.getDisplay();
		super.createPartControl(parent);
		updater = new TreeUpdater(viewer);
		subscriptions = new CoreSubscriptions(model.core(), model, updater);
		new ExplorerToolTip(viewer.getTree(), model);
		viewer.addTreeListener(new ExpansionTracker(viewer, model));
		getSite().getService(IContextService.class).activateContext(ExplorerCommands.CONTEXT);
		// While the user looks at the tree, the first expansion's classes and client get ready.
		model.core().warmUpInBackground();
	}

	/**
	 * The viewer, without the workbench's label decorators: they decorate workspace resources, and Kubernetes
	 * objects adapt to none. Left in place, a decoration pending for a node holds back every change of that node's
	 * label until the decoration job has run (up to 100 ms, DecorationScheduler's update delay).
	 */
	@Override
	protected CommonViewer createCommonViewerObject(Composite parent) {
		viewer = new ExplorerViewer(getViewSite().getId(), parent);
		if (viewer.getLabelProvider() instanceof DecoratingStyledCellLabelProvider decorating) {
			ILabelDecorator workbench = decorating.getLabelDecorator();
			decorating.setLabelDecorator(null);
			if (workbench != null) {
				workbench.dispose();
			}
		}
		return viewer;
	}

	/** The loaded state behind the tree. */
	public ExplorerModel model() {
		return model;
	}

	@Override
	protected void handleDoubleClick(DoubleClickEvent event) {
		Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
		String command = element instanceof ShowMoreNode ? ExplorerCommands.SHOW_MORE
				: element instanceof ErrorNode ? ExplorerCommands.RETRY
				: element instanceof ResourceNode ? ExplorerCommands.OPEN_YAML
				: element instanceof KubeconfigNoticeNode ? ExplorerCommands.OPEN_PREFERENCES : null;
		if (command == null) {
			super.handleDoubleClick(event);
			return;
		}
		try {
			getSite().getService(IHandlerService.class).executeCommand(command, null);
		} catch (CommandException e) {
			ILog.of(KubernetesExplorer.class).error(command, e);
		}
	}

	@Override
	public void saveState(IMemento memento) {
		super.saveState(memento);
		NamespaceMemento.save(memento, NamespaceScopes.get());
	}

	@Override
	public void dispose() {
		if (subscriptions != null) {
			subscriptions.close();
		}
		if (updater != null) {
			updater.cancel();
		}
		if (model != null) {
			model.dispose();
		}
		super.dispose();
	}

	/** From the model, on any thread: refresh only the node whose children changed, once the UI is free. */
	private void childrenChanged(ExplorerNode node) {
		inViewer(() -> {
			if (node == null) {
				viewer.refresh();
			} else {
				viewer.refreshChildren(node);
				Trace.mark(node instanceof ClusterNode ? "ui.refreshed.cluster"
						: node instanceof KindNode ? "ui.refreshed.kind" : "ui.refreshed.other");
			}
		});
	}

	/** From the model, on any thread: redraw these nodes' labels and icons, their children untouched. */
	private void labelsChanged(List<ExplorerNode> nodes) {
		inViewer(() -> viewer.update(nodes.toArray(), null));
	}

	private void inViewer(Runnable change) {
		if (display == null || display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			if (viewer != null && !viewer.getControl().isDisposed()) {
				change.run();
			}
		});
	}
}
