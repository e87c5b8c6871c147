package io.kube9.preferences.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.prefs.BackingStoreException;

import io.kube9.core.Backend;
import io.kube9.core.Kube9Core;
import io.kube9.core.NamespaceMode;
import io.kube9.core.Settings;
import io.kube9.core.resources.ResourceKinds;

/** Window > Preferences > Kubernetes: opens, applies, validates, restores defaults. */
class KubernetesPreferencePageTest {

	private static final String PAGE_ID = "io.kube9.preferences.page";

	private PreferenceDialog dialog;

	@BeforeEach
	void clearPreferences() throws BackingStoreException {
		instanceNode().clear();
	}

	@AfterEach
	void closeDialog() throws BackingStoreException {
		if (dialog != null) {
			dialog.close();
		}
		instanceNode().clear();
	}

	@Test
	void pageIsRegisteredAtTheTopLevel() {
		IPreferenceNode node = PlatformUI.getWorkbench().getPreferenceManager().find(PAGE_ID);
		assertNotNull(node);
		assertEquals("Kubernetes", node.getLabelText());
	}

	@Test
	void defaultsAreCoresDefaults() {
		assertEquals(Settings.defaults(), PreferenceSettings.read());
	}

	@Test
	void appliesWhatTheUserEnters() {
		Kube9Core engine = Kube9Core.get();
		KubernetesPreferencePage page = open();
		type(text(page, "Connect timeout"), "7");
		type(text(page, "Request timeout"), "45");
		type(text(page, "Page size"), "250");
		radio(page, "kubectl (one process per read)").setSelection(true);
		radio(page, "The Kubernetes API client").setSelection(false);
		click(radio(page, "kubectl (one process per read)"));
		click(radio(page, "Keeps it in the IDE only"));
		type(text(page, "pods:"), "12");
		assertTrue(page.isValid());
		assertTrue(page.performOk());

		Settings settings = PreferenceSettings.read();
		assertEquals(Duration.ofSeconds(7), settings.connectTimeout());
		assertEquals(Duration.ofSeconds(45), settings.requestTimeout());
		assertEquals(250, settings.pageSize());
		assertEquals(Backend.KUBECTL, settings.backend());
		assertEquals(NamespaceMode.IDE_ONLY, settings.namespaceMode());
		assertEquals(Duration.ofSeconds(12), settings.cacheTimeToLive().get(ResourceKinds.PODS.id()));
		assertEquals(settings, engine.settings(), "the running engine follows at once");
	}

	@Test
	void rejectsBadNumbersAndNeverStoresThem() {
		KubernetesPreferencePage page = open();
		for (String bad : List.of("-1", "0", "abc", "", "99999")) {
			type(text(page, "Connect timeout"), bad);
			assertFalse(page.isValid(), bad + " accepted");
			assertNotNull(page.getErrorMessage());
		}
		// The user cannot confirm the page: both ways of storing are disabled.
		assertFalse(button(page, "Apply and Close").isEnabled());
		assertFalse(button(page, "Apply").isEnabled());
		dialog.close();
		dialog = null;
		assertEquals(Settings.DEFAULT_CONNECT_TIMEOUT, PreferenceSettings.read().connectTimeout());
		assertEquals("", instanceNode().get(PreferenceKeys.CONNECT_TIMEOUT_SECONDS, ""));
	}

	@Test
	void rejectsAKubectlThatDoesNotRunAndAnInvalidNamespace() {
		KubernetesPreferencePage page = open();
		type(text(page, "kubectl executable"), "/etc/hostname");
		assertFalse(page.isValid());
		type(text(page, "kubectl executable"), "");
		assertTrue(page.isValid());
		type(text(page, "kube9 operator namespace"), "Not_A_Namespace");
		assertFalse(page.isValid());
		type(text(page, "kube9 operator namespace"), "kube9-ops");
		assertTrue(page.isValid());
	}

	@Test
	void restoreDefaultsWorks() {
		instanceNode().putInt(PreferenceKeys.REQUEST_TIMEOUT_SECONDS, 99);
		KubernetesPreferencePage page = open();
		assertEquals("99", text(page, "Request timeout").getText());
		click(button(page, "Restore Defaults"));
		assertEquals("30", text(page, "Request timeout").getText());
		assertTrue(page.performOk());
		assertEquals(Settings.DEFAULT_REQUEST_TIMEOUT, PreferenceSettings.read().requestTimeout());
	}

	private KubernetesPreferencePage open() {
		dialog = PreferencesUtil.createPreferenceDialogOn(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
				PAGE_ID, new String[] { PAGE_ID }, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return assertInstanceOf(KubernetesPreferencePage.class, dialog.getSelectedPage());
	}

	private static IEclipsePreferences instanceNode() {
		return InstanceScope.INSTANCE.getNode(PreferenceKeys.QUALIFIER);
	}

	/** The text field that follows the label starting with {@code label}. */
	private Text text(KubernetesPreferencePage page, String label) {
		List<Control> controls = controls(dialog.getShell());
		for (int i = 0; i < controls.size() - 1; i++) {
			if (controls.get(i) instanceof Label l && l.getText().replace("&", "").startsWith(label)) {
				for (int j = i + 1; j < controls.size(); j++) {
					if (controls.get(j) instanceof Text text) {
						return text;
					}
				}
			}
		}
		throw new AssertionError("no field labelled " + label);
	}

	private Button radio(KubernetesPreferencePage page, String label) {
		return button(page, label);
	}

	private Button button(KubernetesPreferencePage page, String label) {
		return controls(dialog.getShell()).stream().filter(Button.class::isInstance).map(Button.class::cast)
				.filter(b -> b.getText().replace("&", "").equals(label) || b.getText().replace("&", "").startsWith(label)
						&& !label.equals("Apply"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no button " + label));
	}

	/** As typed: the field editors validate on key strokes and focus changes. */
	private static void type(Text text, String value) {
		text.setText(value);
		text.notifyListeners(org.eclipse.swt.SWT.KeyDown, new org.eclipse.swt.widgets.Event());
		text.notifyListeners(org.eclipse.swt.SWT.KeyUp, new org.eclipse.swt.widgets.Event());
		text.notifyListeners(org.eclipse.swt.SWT.FocusOut, new org.eclipse.swt.widgets.Event());
	}

	private static void click(Button button) {
		if ((button.getStyle() & org.eclipse.swt.SWT.RADIO) != 0) {
			for (Control sibling : button.getParent().getChildren()) {
				if (sibling instanceof Button other && other != button) {
					other.setSelection(false);
				}
			}
			button.setSelection(true);
		}
		button.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
	}

	private static List<Control> controls(Composite root) {
		List<Control> all = new ArrayList<>();
		for (Control child : root.getChildren()) {
			all.add(child);
			if (child instanceof Composite composite) {
				all.addAll(controls(composite));
			}
		}
		return all;
	}
}
