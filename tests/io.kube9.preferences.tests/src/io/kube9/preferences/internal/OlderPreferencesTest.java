package io.kube9.preferences.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IPreferencesService;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.prefs.BackingStoreException;

import io.kube9.core.Kube9Core;
import io.kube9.core.Settings;

/**
 * A workspace whose node was written by an older build or by hand (keys this version does not know, values in
 * forms it does not read) still starts: core gets the defaults for what it cannot read, the page opens, and the
 * unknown keys are left alone for the build that wrote them.
 */
class OlderPreferencesTest {

	/** As the .prefs file of such a workspace would hold it (the format File > Import > Preferences reads). */
	static final String OLDER_NODE = String.join("\n", //
			"file_export_version=3.0", //
			"/instance/io.kube9.preferences/eclipse.preferences.version=1", //
			"/instance/io.kube9.preferences/backend=fabric8", //
			"/instance/io.kube9.preferences/kubeconfigPath=/home/someone/.kube/old-config", //
			"/instance/io.kube9.preferences/requestTimeoutMillis=30000", //
			"/instance/io.kube9.preferences/connectTimeoutSeconds=10s", //
			"/instance/io.kube9.preferences/requestTimeoutSeconds=-4", //
			"/instance/io.kube9.preferences/pageSize=0", //
			"/instance/io.kube9.preferences/namespaceMode=per-window", //
			"/instance/io.kube9.preferences/cacheTtlSeconds.pods=five", //
			"/instance/io.kube9.preferences/cacheTtlSeconds.replicationcontrollers=10", "");

	private final IEclipsePreferences node = InstanceScope.INSTANCE.getNode(PreferenceKeys.QUALIFIER);
	private PreferenceDialog dialog;

	@BeforeEach
	void writeTheOlderNode() throws CoreException, BackingStoreException {
		node.clear();
		IPreferencesService service = Platform.getPreferencesService();
		service.importPreferences(new ByteArrayInputStream(OLDER_NODE.getBytes(StandardCharsets.ISO_8859_1)));
		node.flush();
		PreferenceWait.jobs(SettingsPublisher.FAMILY);
	}

	@AfterEach
	void clear() throws BackingStoreException {
		if (dialog != null) {
			dialog.close();
		}
		node.clear();
		PreferenceWait.jobs(SettingsPublisher.FAMILY);
	}

	@Test
	void coreGetsTheDefaultsForWhatItCannotRead() {
		assertEquals("fabric8", node.get(PreferenceKeys.BACKEND, ""), "the older node is in place");
		assertEquals(Settings.defaults(), new PreferencesSettingsProvider().current());
		assertEquals(Settings.defaults(), Kube9Core.get().settings(), "and the running engine has them");
	}

	@Test
	void thePageOpensAndRestoringDefaultsKeepsTheUnknownKeys() {
		dialog = PreferencesUtil.createPreferenceDialogOn(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
				"io.kube9.preferences.page", new String[] { "io.kube9.preferences.page" }, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		KubernetesPreferencePage page = assertInstanceOf(KubernetesPreferencePage.class, dialog.getSelectedPage());
		restoreDefaults(dialog.getShell());
		assertTrue(page.isValid(), page.getErrorMessage());
		assertTrue(page.performOk());
		PreferenceWait.jobs(SettingsPublisher.FAMILY);

		assertEquals(Settings.defaults(), Kube9Core.get().settings());
		assertEquals("/home/someone/.kube/old-config", node.get("kubeconfigPath", ""));
		assertEquals("30000", node.get("requestTimeoutMillis", ""));
	}

	private static void restoreDefaults(Composite root) {
		for (Control child : root.getChildren()) {
			if (child instanceof Button button && button.getText().replace("&", "").equals("Restore Defaults")) {
				button.notifyListeners(SWT.Selection, new Event());
				return;
			}
			if (child instanceof Composite composite) {
				restoreDefaults(composite);
			}
		}
	}
}
