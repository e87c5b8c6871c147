package io.kube9.ui.internal.properties;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.PropertySheetPage;

/** Redraws the open Properties views once a fetched object arrived, on the UI thread. */
final class PropertySheets {

	private PropertySheets() {
	}

	static void refresh(Object source) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> {
			for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
				for (IWorkbenchPage page : window.getPages()) {
					IViewPart view = page.findView(IPageLayout.ID_PROP_SHEET);
					if (view instanceof PropertySheet sheet && sheet.getCurrentPage() instanceof PropertySheetPage shown
							&& shown.getControl() != null && !shown.getControl().isDisposed()) {
						shown.refresh();
					}
				}
			}
		});
	}
}
