package io.kube9.ui.internal.forward;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.navigator.ICommonContentExtensionSite;
import org.eclipse.ui.navigator.ICommonContentProvider;

import io.kube9.core.Kube9Core;
import io.kube9.core.forward.PortForward;
import io.kube9.core.forward.PortForwardService;
import io.kube9.ui.internal.tree.ClusterNode;

/**
 * The "Port Forwards" item under a cluster that has forwards, and one item per forward. The forwards are kept in
 * memory by core, so reading them never blocks; a change refreshes only its cluster's node.
 */
public final class ForwardContentProvider implements ICommonContentProvider {

	private static final Object[] NONE = new Object[0];

	private final Consumer<String> listener = this::changed;
	private volatile StructuredViewer viewer;
	private PortForwardService listened;

	@Override
	public void init(ICommonContentExtensionSite config) {
		// Nothing to set up: the forwards come from the engine when first asked for.
	}

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		viewer = newViewer instanceof StructuredViewer structured ? structured : null;
	}

	@Override
	public Object[] getElements(Object inputElement) {
		return getChildren(inputElement);
	}

	@Override
	public Object[] getChildren(Object parentElement) {
		if (parentElement instanceof ClusterNode cluster) {
			return forwards(cluster.context()).isEmpty() ? NONE : new Object[] { new ForwardsNode(cluster) };
		}
		if (parentElement instanceof ForwardsNode node) {
			return forwards(node.context()).stream().map(forward -> new ForwardNode(node, forward)).toArray();
		}
		return NONE;
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof ForwardNode node) {
			return node.getParent();
		}
		return element instanceof ForwardsNode node ? node.getParent() : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof ForwardsNode;
	}

	private List<PortForward> forwards(String context) {
		PortForwardService service = Kube9Core.get().forwards();
		synchronized (this) {
			if (listened != service) {
				if (listened != null) {
					listened.removeListener(listener);
				}
				service.addListener(listener);
				listened = service;
			}
		}
		return service.forwards(context);
	}

	private void changed(String context) {
		StructuredViewer current = viewer;
		if (current == null || current.getControl().isDisposed()) {
			return;
		}
		current.getControl().getDisplay().asyncExec(() -> {
			if (!current.getControl().isDisposed()) {
				current.refresh(new ClusterNode(context));
			}
		});
	}

	@Override
	public void restoreState(IMemento memento) {
		// Nothing kept.
	}

	@Override
	public void saveState(IMemento memento) {
		// Nothing kept.
	}

	@Override
	public synchronized void dispose() {
		if (listened != null) {
			listened.removeListener(listener);
			listened = null;
		}
		viewer = null;
	}
}
