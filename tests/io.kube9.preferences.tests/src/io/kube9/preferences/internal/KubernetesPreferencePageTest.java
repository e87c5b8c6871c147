package io.kube9.preferences.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.prefs.BackingStoreException;

import io.kube9.core.Backend;
import io.kube9.core.Kube9Core;
import io.kube9.core.NamespaceMode;
import io.kube9.core.Settings;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.tests.cluster.support.StallWatchdog;

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
		PreferenceWait.jobs(SettingsPublisher.FAMILY);
		PreferenceWait.jobs(KubectlCheck.FAMILY);
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
		type(text(page, "Live listings per cluster"), "5");
		Button live = button(page, "Keep the expanded listings current");
		assertTrue(live.getSelection(), "live updates are on by default");
		live.setSelection(false);
		click(live);
		assertTrue(page.isValid());
		assertTrue(page.performOk());

		Settings settings = PreferenceSettings.read();
		assertEquals(Duration.ofSeconds(7), settings.connectTimeout());
		assertEquals(Duration.ofSeconds(45), settings.requestTimeout());
		assertEquals(250, settings.pageSize());
		assertEquals(Backend.KUBECTL, settings.backend());
		assertEquals(NamespaceMode.IDE_ONLY, settings.namespaceMode());
		assertEquals(Duration.ofSeconds(12), settings.cacheTimeToLive().get(ResourceKinds.PODS.id()));
		assertEquals(false, settings.liveUpdates());
		assertEquals(5, settings.liveListingsPerCluster());
		PreferenceWait.jobs(SettingsPublisher.FAMILY);
		assertEquals(settings, engine.settings(), "the running engine follows");
	}

	@Test
	void oneOkAppliesTheSettingsOnceAndOffTheUiThread() {
		Kube9Core engine = Kube9Core.get();
		List<Settings> applied = new CopyOnWriteArrayList<>();
		List<Boolean> onUiThread = new CopyOnWriteArrayList<>();
		Consumer<Settings> listener = settings -> {
			applied.add(settings);
			onUiThread.add(Display.getCurrent() != null);
		};
		engine.addSettingsListener(listener);
		try {
			KubernetesPreferencePage page = open();
			type(text(page, "Connect timeout"), "8");
			type(text(page, "Request timeout"), "40");
			type(text(page, "Page size"), "300");
			type(text(page, "pods:"), "9");
			click(button(page, "Apply and Close"));
			dialog = null;
			PreferenceWait.jobs(SettingsPublisher.FAMILY);

			assertEquals(1, applied.size(), "applied " + applied.size() + " times: " + applied);
			assertEquals(List.of(false), onUiThread, "applied on the UI thread");
			Settings settings = applied.get(0);
			assertEquals(Duration.ofSeconds(8), settings.connectTimeout());
			assertEquals(Duration.ofSeconds(40), settings.requestTimeout());
			assertEquals(300, settings.pageSize());
			assertEquals(Duration.ofSeconds(9), settings.cacheTimeToLive().get(ResourceKinds.PODS.id()));
			assertEquals(settings, engine.settings());
		} finally {
			engine.removeSettingsListener(listener);
		}
	}

	@Test
	void kubectlRunsOffTheUiThreadOnceTheFieldIsLeftNotPerKeystroke(@TempDir Path directory) throws Exception {
		// A kubectl that takes its time, as one on a network share or behind a slow antivirus does.
		Path runs = directory.resolve("runs");
		Path kubectl = directory.resolve("kubectl");
		Files.writeString(kubectl, "#!/bin/sh\necho run >> '" + runs + "'\nsleep 3\n"
				+ "echo 'Client Version: v1.32.0'\n");
		Files.setPosixFilePermissions(kubectl, PosixFilePermissions.fromString("rwx------"));
		KubernetesPreferencePage page = open();
		Text field = text(page, "kubectl executable");
		try (StallWatchdog watchdog = StallWatchdog.start("the UI thread", Display.getCurrent()::asyncExec)) {
			for (int length = 1; length <= kubectl.toString().length(); length++) {
				field.setText(kubectl.toString().substring(0, length));
				field.notifyListeners(SWT.KeyDown, new Event());
				field.notifyListeners(SWT.KeyUp, new Event());
			}
			assertFalse(Files.exists(runs), "kubectl ran while typing");
			field.notifyListeners(SWT.FocusOut, new Event());
			assertFalse(page.isValid(), "valid before kubectl answered");
			PreferenceWait.jobs(KubectlCheck.FAMILY);
			PreferenceWait.until("the answer on the page", page::isValid);
			watchdog.assertNoStallLongerThanOnThisMachine(Duration.ofMillis(200));
		}
		assertEquals(List.of("run"), Files.readAllLines(runs), "kubectl runs once per value");
		assertTrue(page.performOk());
		assertEquals(kubectl.toString(), instanceNode().get(PreferenceKeys.KUBECTL_PATH, ""));
	}

	@Test
	void anUncheckedKubectlIsCheckedOnApplyBeforeItIsStored() {
		KubernetesPreferencePage page = open();
		Text field = text(page, "kubectl executable");
		// Typed, then Apply at once (a keyboard shortcut leaves the focus in the field).
		field.setText("/etc/hostname");
		field.notifyListeners(SWT.KeyDown, new Event());
		field.notifyListeners(SWT.KeyUp, new Event());
		assertFalse(page.performOk(), "stored before it was checked");
		PreferenceWait.jobs(KubectlCheck.FAMILY);
		PreferenceWait.until("the page to say kubectl does not run", () -> page.getErrorMessage() != null
				&& page.getErrorMessage().contains("does not run"));
		assertFalse(page.isValid());
		assertEquals("", instanceNode().get(PreferenceKeys.KUBECTL_PATH, ""));
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
		PreferenceWait.jobs(KubectlCheck.FAMILY);
		PreferenceWait.until("the page to say kubectl does not run", () -> page.getErrorMessage() != null
				&& page.getErrorMessage().contains("does not run"));
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
