package io.kube9.ui.internal.perspective;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * Window > Perspective > Open Perspective > Kubernetes: the Explorer on the left, editors (YAML) in the middle,
 * and below them the views acting on a selection report into: Properties, Console (logs) and Progress (jobs).
 */
public class KubernetesPerspective implements IPerspectiveFactory {

	public static final String ID = "io.kube9.ui.perspective";
	public static final String EXPLORER_ID = "io.kube9.ui.explorer";
	/** The Console view's id; org.eclipse.ui.console is not a dependency of this bundle. */
	public static final String CONSOLE_VIEW_ID = "org.eclipse.ui.console.ConsoleView";
	static final String BOTTOM_FOLDER_ID = "io.kube9.ui.perspective.bottom";

	private static final String RESOURCE_PERSPECTIVE_ID = "org.eclipse.ui.resourcePerspective";
	private static final String JAVA_PERSPECTIVE_ID = "org.eclipse.jdt.ui.JavaPerspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		layout.addView(EXPLORER_ID, IPageLayout.LEFT, 0.28f, editors);

		IFolderLayout bottom = layout.createFolder(BOTTOM_FOLDER_ID, IPageLayout.BOTTOM, 0.68f, editors);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		bottom.addView(CONSOLE_VIEW_ID);
		bottom.addView(IPageLayout.ID_PROGRESS_VIEW);

		layout.addShowViewShortcut(EXPLORER_ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(CONSOLE_VIEW_ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
		layout.addPerspectiveShortcut(RESOURCE_PERSPECTIVE_ID);
		layout.addPerspectiveShortcut(JAVA_PERSPECTIVE_ID);
	}
}
