package io.kube9.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainerElement;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.ui.internal.perspective.KubernetesPerspective;

/**
 * What the README's screenshot tests share: the workbench window at the pictures' size in a fresh Kubernetes
 * perspective, the Explorer on every context of the demo cluster, and the capture of what the X server shows into
 * {@code kube9.screenshots.dir}. Closing puts the window's size back.
 */
final class Screenshots implements AutoCloseable {

	private final Shell window;
	private final Rectangle previousBounds;
	private final ExplorerFixture explorer;
	private final Path output = Path.of(System.getProperty("kube9.screenshots.dir", "."));

	private Screenshots(Shell window, Rectangle previousBounds, ExplorerFixture explorer) {
		this.window = window;
		this.previousBounds = previousBounds;
		this.explorer = explorer;
	}

	/** @param directory the test's own folder, for a copy of the cluster's kubeconfig */
	static Screenshots open(TestCluster cluster, Path directory) throws Exception {
		Path kubeconfig = directory.resolve("config");
		Files.copy(cluster.kubeconfigs().all(), kubeconfig);
		Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Rectangle previousBounds = window.getBounds();
		window.setBounds(0, 0, 1280, 800);
		IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(KubernetesPerspective.ID,
				PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		page.resetPerspective();
		ExplorerFixture explorer = ExplorerFixture.open(kubeconfig);
		explorer.clusters(Contexts.ALL.size());
		return new Screenshots(window, previousBounds, explorer);
	}

	ExplorerFixture explorer() {
		return explorer;
	}

	Shell window() {
		return window;
	}

	IWorkbenchPage page() {
		return explorer.explorer().getSite().getPage();
	}

	/**
	 * The Explorer's side at {@code share} of the window's width, the rest keeping their proportions: a long row
	 * (a forward's) shown whole beside an editor. The next {@link #open} resets the perspective.
	 */
	void explorerWidth(double share) {
		MPart part = explorer.explorer().getSite().getService(MPart.class);
		assertNotNull(part, "the Explorer's model part");
		MUIElement side = part.getCurSharedRef() == null ? part.getParent() : part.getCurSharedRef().getParent();
		List<MPartSashContainerElement> columns = side.getParent().getChildren().stream()
				.filter(MPartSashContainerElement.class::isInstance).map(MPartSashContainerElement.class::cast).toList();
		double total = columns.stream().mapToDouble(Screenshots::weight).sum();
		double others = total - weight(side);
		for (MPartSashContainerElement column : columns) {
			double weight = column == side ? total * share : weight(column) / others * total * (1 - share);
			column.setContainerData(Long.toString(Math.round(weight)));
		}
		window.layout(true, true);
		UiWait.dispatch();
	}

	private static double weight(MUIElement element) {
		String data = element.getContainerData();
		return data == null || !data.matches("\\d+") ? 0 : Double.parseDouble(data);
	}

	/** The workbench window as {@code name} (e.g. "explorer.png"). */
	void capture(String name) throws Exception {
		capture(window, null, name);
	}

	void capture(Shell shell, String name) throws Exception {
		capture(shell, null, name);
	}

	/** What the X server shows of the area (null: the shell's bounds), the shell in front, as a PNG. */
	void capture(Shell shell, Rectangle area, String name) throws Exception {
		Path file = output.resolve(name);
		shell.forceActive();
		for (int i = 0; i < 20; i++) {
			UiWait.dispatch();
		}
		Rectangle bounds = area == null ? shell.getBounds() : area;
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

	@Override
	public void close() {
		IWorkbenchPage page = page();
		page.setPartState(page.getReference(explorer.explorer()), IWorkbenchPage.STATE_RESTORED);
		explorer.close();
		window.setBounds(previousBounds);
	}
}
