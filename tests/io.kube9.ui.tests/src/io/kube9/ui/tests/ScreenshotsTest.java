package io.kube9.ui.tests;

import static io.kube9.ui.tests.ClusterNodes.category;
import static io.kube9.ui.tests.ClusterNodes.pods;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.part.PageBookView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.core.resources.Category;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kube9.ui.internal.perspective.KubernetesPerspective;
import io.kube9.ui.internal.tree.ClusterNode;

/**
 * The README's screenshots, from the real workbench on the demo cluster: the Kubernetes perspective with a
 * pod selected, and the preference page. Run by hand (releng/scripts/screenshots.sh sets
 * {@code kube9.screenshots=true} and {@code kube9.screenshots.dir}); skipped otherwise.
 */
@WithTestCluster
@EnabledIfSystemProperty(named = "kube9.screenshots", matches = "true")
class ScreenshotsTest {

	private static final ClusterNode ADMIN = new ClusterNode(Contexts.ADMIN);

	@TempDir
	Path directory;

	private final Path output = Path.of(System.getProperty("kube9.screenshots.dir", "."));
	private ExplorerFixture explorer;
	private Shell window;
	private Rectangle previousBounds;

	@BeforeEach
	void openTheDemo(TestCluster cluster) throws Exception {
		Path kubeconfig = directory.resolve("config");
		Files.copy(cluster.kubeconfigs().all(), kubeconfig);
		window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		previousBounds = window.getBounds();
		window.setBounds(0, 0, 1280, 800);
		IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(KubernetesPerspective.ID,
				PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		page.resetPerspective();
		explorer = ExplorerFixture.open(kubeconfig);
		explorer.clusters(Contexts.ALL.size());
	}

	@AfterEach
	void close() {
		explorer.close();
		window.setBounds(previousBounds);
	}

	@Test
	void explorerWithAPodSelected() throws Exception {
		explorer.expand(ADMIN);
		explorer.expand(category(ADMIN, Category.WORKLOADS));
		List<Object> shown = explorer.expand(pods(ADMIN));
		assertFalse(shown.isEmpty());
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		PageBookView properties = (PageBookView) page.showView(IPageLayout.ID_PROP_SHEET);
		page.activate(explorer.explorer());
		explorer.viewer().setSelection(new StructuredSelection(shown.get(0)), true);
		UiWait.until("the Properties view filled", () -> properties.getCurrentPage().getControl() instanceof Tree tree
				&& tree.getItemCount() > 0);
		capture(window, output.resolve("explorer.png"));
	}

	@Test
	void preferencePage() throws Exception {
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(window, "io.kube9.preferences.page",
				null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			// Wide enough for the page's widest row, laid out again at that size before the capture.
			dialog.getShell().setBounds(0, 0, 1000, 760);
			dialog.getShell().layout(true, true);
			UiWait.dispatch();
			capture(dialog.getShell(), output.resolve("preferences.png"));
		} finally {
			dialog.close();
		}
	}

	/** What the X server shows of the shell, as a PNG. */
	private static void capture(Shell shell, Path file) throws Exception {
		shell.forceActive();
		for (int i = 0; i < 20; i++) {
			UiWait.dispatch();
		}
		Rectangle bounds = shell.getBounds();
		Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
		GC gc = new GC(shell.getDisplay());
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Files.createDirectories(file.getParent());
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
		assertTrue(Files.size(file) > 10_000, file + " holds a picture");
		System.out.println("screenshot " + file + " (" + bounds.width + "x" + bounds.height + ")");
	}
}
