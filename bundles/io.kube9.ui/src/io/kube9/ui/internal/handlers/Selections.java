package io.kube9.ui.internal.handlers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import io.kube9.ui.internal.ExplorerCommands;
import io.kube9.ui.internal.view.KubernetesExplorer;

/** What a handler acts on: the selected nodes of a type, and the explorer they are shown in. */
final class Selections {

	private Selections() {
	}

	static <T> List<T> selected(ExecutionEvent event, Class<T> type) {
		IStructuredSelection selection = HandlerUtil.getCurrentStructuredSelection(event);
		List<T> result = new ArrayList<>();
		for (Object element : selection) {
			if (type.isInstance(element) && !result.contains(element)) {
				result.add(type.cast(element));
			}
		}
		return result;
	}

	/** The explorer: the active part, else the one open in the active window; null when none is open. */
	static KubernetesExplorer explorer(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		if (part instanceof KubernetesExplorer explorer) {
			return explorer;
		}
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		IViewPart view = window == null || window.getActivePage() == null ? null
				: window.getActivePage().findView(ExplorerCommands.VIEW);
		return view instanceof KubernetesExplorer explorer ? explorer : null;
	}
}
