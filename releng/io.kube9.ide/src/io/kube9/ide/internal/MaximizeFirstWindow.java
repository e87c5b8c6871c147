package io.kube9.ide.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IPresentationEngine;

/**
 * The product's first window opens maximized. A model processor applied only to a fresh workbench model, so a
 * window the user resized keeps its size on the next start.
 */
public class MaximizeFirstWindow {

	@Execute
	public void maximize(MApplication application) {
		for (MWindow window : application.getChildren()) {
			if (!window.getTags().contains(IPresentationEngine.WINDOW_MAXIMIZED_TAG)) {
				window.getTags().add(IPresentationEngine.WINDOW_MAXIMIZED_TAG);
			}
		}
	}
}
