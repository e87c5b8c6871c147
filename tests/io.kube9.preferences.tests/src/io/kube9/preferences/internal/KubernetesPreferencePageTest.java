package io.kube9.preferences.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.Test;

/** Window > Preferences > Kubernetes exists and opens. */
class KubernetesPreferencePageTest {

	private static final String PAGE_ID = "io.kube9.preferences.page";

	@Test
	void pageIsRegisteredAtTheTopLevel() {
		IPreferenceNode node = PlatformUI.getWorkbench().getPreferenceManager().find(PAGE_ID);
		assertNotNull(node);
		assertEquals("Kubernetes", node.getLabelText());
	}

	@Test
	void pageOpensInThePreferenceDialog() {
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), PAGE_ID, new String[] { PAGE_ID },
				null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			KubernetesPreferencePage page = assertInstanceOf(KubernetesPreferencePage.class, dialog.getSelectedPage());
			assertNotNull(page.getControl());
		} finally {
			dialog.close();
		}
	}
}
