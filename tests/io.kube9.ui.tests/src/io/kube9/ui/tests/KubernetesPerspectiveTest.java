package io.kube9.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.PageBookView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.kube9.ui.internal.perspective.KubernetesPerspective;
import io.kube9.ui.internal.view.KubernetesExplorer;

/** Window > Perspective > Open Perspective > Kubernetes lays the views out as designed. */
class KubernetesPerspectiveTest {

	private final IWorkbench workbench = PlatformUI.getWorkbench();
	private final IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
	private IPerspectiveDescriptor previous = window.getActivePage().getPerspective();

	@AfterEach
	void backToThePreviousPerspective() throws Exception {
		IWorkbenchPage page = window.getActivePage();
		page.closePerspective(workbench.getPerspectiveRegistry().findPerspectiveWithId(KubernetesPerspective.ID),
				false, false);
		workbench.showPerspective(previous.getId(), window);
	}

	@Test
	void isListedAsKubernetes() {
		IPerspectiveDescriptor perspective = workbench.getPerspectiveRegistry()
				.findPerspectiveWithId(KubernetesPerspective.ID);
		assertNotNull(perspective);
		assertEquals("Kubernetes", perspective.getLabel());
	}

	@Test
	void explorerLeftEditorsInTheMiddleAndTheOutputViewsBelow() throws Exception {
		IWorkbenchPage page = workbench.showPerspective(KubernetesPerspective.ID, window);
		page.resetPerspective();
		assertEquals(KubernetesPerspective.ID, page.getPerspective().getId());
		assertTrue(page.isEditorAreaVisible());
		for (String view : List.of(KubernetesPerspective.EXPLORER_ID, IPageLayout.ID_PROP_SHEET,
				KubernetesPerspective.CONSOLE_VIEW_ID, IPageLayout.ID_PROGRESS_VIEW)) {
			assertNotNull(page.findViewReference(view), view + " in the layout");
		}
		assertTrue(Arrays.asList(page.getShowViewShortcuts()).contains(KubernetesPerspective.EXPLORER_ID));

		IViewPart explorer = page.showView(KubernetesPerspective.EXPLORER_ID);
		IViewPart console = page.showView(KubernetesPerspective.CONSOLE_VIEW_ID);
		IViewPart progress = page.showView(IPageLayout.ID_PROGRESS_VIEW);
		IViewPart properties = page.showView(IPageLayout.ID_PROP_SHEET);
		List<IViewPart> bottom = Arrays.asList(page.getViewStack(properties));
		assertTrue(bottom.containsAll(List.of(properties, console, progress)), "one folder below: " + bottom);
		assertTrue(!bottom.contains(explorer));
		UiWait.dispatch();

		Rectangle left = bounds(((KubernetesExplorer) explorer).getCommonViewer().getControl());
		Rectangle below = bounds(((PageBookView) properties).getCurrentPage().getControl());
		assertTrue(left.x + left.width <= below.x, "the explorer " + left + " is left of the folder " + below);
		assertTrue(below.y > left.y + left.height / 2, "the folder " + below + " sits in the lower half");
		assertTrue(left.height > below.height, "the explorer runs the whole height");
	}

	@Test
	void javaAndResourcePerspectivesOfferTheExplorer() {
		assertShortcut("org.eclipse.ui.resourcePerspective");
		if (workbench.getPerspectiveRegistry().findPerspectiveWithId("org.eclipse.jdt.ui.JavaPerspective") != null) {
			assertShortcut("org.eclipse.jdt.ui.JavaPerspective");
		}
	}

	private void assertShortcut(String perspective) {
		IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
		try {
			workbench.showPerspective(perspective, window);
		} catch (Exception e) {
			throw new AssertionError(e);
		}
		page.resetPerspective();
		assertTrue(Arrays.asList(page.getShowViewShortcuts()).contains(KubernetesPerspective.EXPLORER_ID),
				"Show View shortcuts of " + perspective);
		assertTrue(Arrays.asList(page.getPerspectiveShortcuts()).contains(KubernetesPerspective.ID),
				"Open Perspective shortcuts of " + perspective);
	}

	private static Rectangle bounds(Control control) {
		return control.getDisplay().map(control.getParent(), null, control.getBounds());
	}
}
