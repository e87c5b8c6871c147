package io.kube9.preferences.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IPreferenceFilter;
import org.eclipse.core.runtime.preferences.IPreferencesService;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.core.runtime.preferences.PreferenceFilterEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.prefs.BackingStoreException;

import io.kube9.core.Backend;
import io.kube9.core.Kube9Core;

/**
 * File > Export > Preferences offers "Kubernetes", and what it writes File > Import > Preferences brings back,
 * into the running engine. The filter is built from our preferenceTransfer extension the way the wizards do.
 */
class PreferenceTransferTest {

	private static final String TRANSFER_ID = "io.kube9.preferences.transfer";

	private final IEclipsePreferences node = InstanceScope.INSTANCE.getNode(PreferenceKeys.QUALIFIER);
	private final IPreferencesService service = Platform.getPreferencesService();

	@BeforeEach
	@AfterEach
	void clear() throws BackingStoreException {
		node.clear();
		PreferenceWait.jobs(SettingsPublisher.FAMILY);
	}

	@Test
	void theWizardsListKubernetes() {
		IConfigurationElement transfer = transfer();
		assertEquals("Kubernetes", transfer.getAttribute("name"));
		IConfigurationElement mapping = transfer.getChildren("mapping")[0];
		assertEquals("instance", mapping.getAttribute("scope"));
		assertEquals(PreferenceKeys.QUALIFIER, mapping.getChildren("entry")[0].getAttribute("node"));
	}

	@Test
	void exportThenImportRestoresTheSettingsInTheEngine() throws CoreException, BackingStoreException {
		node.put(PreferenceKeys.BACKEND, PreferenceKeys.BACKEND_KUBECTL);
		node.putInt(PreferenceKeys.PAGE_SIZE, 123);
		node.put(PreferenceKeys.NAMESPACE_MODE, PreferenceKeys.NAMESPACE_IDE);
		PreferenceWait.jobs(SettingsPublisher.FAMILY);
		IPreferenceFilter[] filters = { filterOf(transfer()) };

		ByteArrayOutputStream exported = new ByteArrayOutputStream();
		service.exportPreferences(service.getRootNode(), filters, exported);
		String text = exported.toString(StandardCharsets.ISO_8859_1);
		assertTrue(text.contains("/instance/io.kube9.preferences/backend=kubectl"), text);
		assertTrue(text.contains("/instance/io.kube9.preferences/pageSize=123"), text);
		assertFalse(text.contains("/instance/org.eclipse."), "only our node is exported:\n" + text);

		node.clear();
		PreferenceWait.jobs(SettingsPublisher.FAMILY);
		assertEquals(Backend.API_CLIENT, Kube9Core.get().settings().backend());

		service.applyPreferences(service.readPreferences(new ByteArrayInputStream(exported.toByteArray())), filters);
		PreferenceWait.jobs(SettingsPublisher.FAMILY);
		assertEquals("kubectl", node.get(PreferenceKeys.BACKEND, ""));
		assertEquals(Backend.KUBECTL, Kube9Core.get().settings().backend(), "the engine follows the import");
		assertEquals(123, Kube9Core.get().settings().pageSize());
	}

	private static IConfigurationElement transfer() {
		IConfigurationElement[] transfers = Platform.getExtensionRegistry()
				.getConfigurationElementsFor("org.eclipse.ui.preferenceTransfer");
		return Arrays.stream(transfers).filter(t -> TRANSFER_ID.equals(t.getAttribute("id"))).findFirst()
				.orElseThrow(() -> new AssertionError("no preferenceTransfer " + TRANSFER_ID));
	}

	/** A mapping with entries naming nodes and no keys: every key of those nodes. */
	private static IPreferenceFilter filterOf(IConfigurationElement transfer) {
		IConfigurationElement mapping = transfer.getChildren("mapping")[0];
		String scope = mapping.getAttribute("scope");
		String node = mapping.getChildren("entry")[0].getAttribute("node");
		assertNotNull(node);
		return new IPreferenceFilter() {
			@Override
			public String[] getScopes() {
				return new String[] { scope };
			}

			@Override
			public Map<String, PreferenceFilterEntry[]> getMapping(String ignored) {
				Map<String, PreferenceFilterEntry[]> all = new java.util.HashMap<>();
				all.put(node, null);
				return all;
			}
		};
	}
}
