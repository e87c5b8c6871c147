package io.kube9.ui.internal.changes;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import io.kube9.core.Kube9Core;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.ui.internal.ExplorerCommands;
import io.kube9.ui.internal.tree.ExplorerNode;
import io.kube9.ui.internal.view.KubernetesExplorer;

/** After a change: the listing it changed (and, for workloads, the context's pods) loads again. */
final class TreeRefresh {

	private TreeRefresh() {
	}

	/** @param listing the node whose listing showed the changed object, or null when not known */
	static void after(Display display, ExplorerNode listing, String context, boolean podsToo) {
		if (podsToo) {
			Kube9Core.get().resources().invalidateIf(query -> query.context().equals(context)
					&& query.kind().equals(ResourceKinds.PODS));
		}
		if (listing == null) {
			return;
		}
		display.asyncExec(() -> {
			KubernetesExplorer explorer = explorer();
			if (explorer != null) {
				explorer.model().refresh(listing);
			}
		});
	}

	private static KubernetesExplorer explorer() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return null;
		}
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				IViewPart view = page.findView(ExplorerCommands.VIEW);
				if (view instanceof KubernetesExplorer explorer) {
					return explorer;
				}
			}
		}
		return null;
	}
}
