package io.kube9.ui.internal.view;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.navigator.ICommonContentExtensionSite;
import org.eclipse.ui.navigator.ICommonContentProvider;
import org.eclipse.ui.navigator.IExtensionStateModel;

import io.kube9.ui.internal.model.ExplorerModel;
import io.kube9.ui.internal.model.ExplorerRoot;
import io.kube9.ui.internal.tree.ExplorerNode;

/**
 * The explorer's content: clusters (and what is wrong with the kubeconfig) under the root, then whatever the model
 * has loaded, 'Loading…' until then. Never blocks: the model reads and loads in jobs.
 */
public final class ExplorerContentProvider implements ICommonContentProvider {

	private static final Object[] NONE = new Object[0];

	/** The key under which the viewer's model is shared with the label provider of this content. */
	static final String MODEL = "io.kube9.ui.model"; //$NON-NLS-1$

	private ExplorerRoot root;
	private IExtensionStateModel state;

	@Override
	public void init(ICommonContentExtensionSite config) {
		// The model comes with the input; the label provider finds it in the shared state.
		state = config.getExtensionStateModel();
	}

	@Override
	public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
		root = newInput instanceof ExplorerRoot explorerRoot ? explorerRoot : null;
		if (state != null) {
			state.setProperty(MODEL, root == null ? null : root.model());
		}
	}

	@Override
	public Object[] getElements(Object inputElement) {
		return getChildren(inputElement);
	}

	@Override
	public Object[] getChildren(Object parentElement) {
		if (parentElement instanceof ExplorerRoot explorerRoot) {
			root = explorerRoot;
			return explorerRoot.model().rootChildren();
		}
		ExplorerModel model = root == null ? null : root.model();
		if (model != null && parentElement instanceof ExplorerNode node) {
			return model.children(node);
		}
		return NONE;
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof ExplorerNode node) {
			return node.getParent() != null ? node.getParent() : root;
		}
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof ExplorerRoot) {
			return true;
		}
		return element instanceof ExplorerNode node && root != null && root.model().hasChildren(node);
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
	public void dispose() {
		root = null;
	}
}
