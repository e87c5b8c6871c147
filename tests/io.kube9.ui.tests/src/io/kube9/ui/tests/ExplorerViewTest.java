package io.kube9.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.IViewCategory;
import org.eclipse.ui.views.IViewDescriptor;
import org.junit.jupiter.api.Test;

import io.kube9.ui.internal.model.ExplorerRoot;
import io.kube9.ui.internal.view.KubernetesExplorer;

/** The Kubernetes Explorer is registered, categorised and part of the default perspective. */
class ExplorerViewTest {

	private static final String VIEW_ID = "io.kube9.ui.explorer";

	@Test
	void viewIsInTheKubernetesCategory() {
		IViewDescriptor view = PlatformUI.getWorkbench().getViewRegistry().find(VIEW_ID);
		assertNotNull(view);
		assertEquals("Kubernetes Explorer", view.getLabel());
		IViewCategory category = Arrays.stream(PlatformUI.getWorkbench().getViewRegistry().getCategories())
				.filter(c -> c.getId().equals("io.kube9.ui.category")).findFirst().orElseThrow();
		assertEquals("Kubernetes", category.getLabel());
		assertTrue(Arrays.asList(category.getViews()).contains(view));
	}

	@Test
	void defaultPerspectiveShowsTheExplorer() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.resetPerspective();
		assertNotNull(page.findViewReference(VIEW_ID), "explorer in " + page.getPerspective().getId());

		IViewPart part = page.showView(VIEW_ID);
		KubernetesExplorer explorer = assertInstanceOf(KubernetesExplorer.class, part);
		assertEquals("Kubernetes Explorer", explorer.getPartName());
		assertInstanceOf(ExplorerRoot.class, explorer.getCommonViewer().getInput());
		assertNotNull(explorer.getCommonViewer().getControl());
	}
}
