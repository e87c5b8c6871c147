package io.kube9.preferences.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.prefs.BackingStoreException;

import io.kube9.core.Backend;
import io.kube9.core.Kube9Core;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourceQuery;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.SharedTestCluster;
import io.kube9.tests.cluster.TestCluster;

/** A preference change reaches the engine at once: the next request uses the new backend or timeout. */
class LiveSettingsTest {

	private final IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(PreferenceKeys.QUALIFIER);
	private Kube9Core engine;

	@BeforeEach
	void pointAtTheTestCluster() throws BackingStoreException {
		TestCluster cluster = SharedTestCluster.get();
		preferences.clear();
		engine = Kube9Core.get();
		preferences.put(PreferenceKeys.KUBECONFIG_SOURCE, PreferenceKeys.SOURCE_EXPLICIT);
		preferences.put(PreferenceKeys.KUBECONFIG_FILES, cluster.kubeconfigs().all().toString());
		PreferenceWait.jobs(SettingsPublisher.FAMILY);
		assertEquals(List.of(cluster.kubeconfigs().all()), engine.settings().kubeconfigFiles());
	}

	@AfterEach
	void restoreDefaults() throws BackingStoreException {
		preferences.clear();
		PreferenceWait.jobs(SettingsPublisher.FAMILY);
	}

	@Test
	void switchingTheBackendChangesWhoAnswersTheNextListing() throws KubeException {
		ResourceQuery pods = ResourceQuery.of(Contexts.ADMIN, ResourceKinds.PODS);
		long api = count("api-client");
		long kubectl = count("kubectl");
		assertEquals("api-client", engine.resources().refresh(pods).backend());
		assertEquals(api + 1, count("api-client"));

		preferences.put(PreferenceKeys.BACKEND, PreferenceKeys.BACKEND_KUBECTL);
		PreferenceWait.jobs(SettingsPublisher.FAMILY);
		assertEquals(Backend.KUBECTL, engine.settings().backend());
		assertEquals("kubectl", engine.resources().list(pods).backend(), "the switch also dropped cached listings");
		assertEquals(kubectl + 1, count("kubectl"));
		assertEquals(api + 1, count("api-client"));

		preferences.put(PreferenceKeys.BACKEND, PreferenceKeys.BACKEND_API_CLIENT);
		PreferenceWait.jobs(SettingsPublisher.FAMILY);
		assertEquals("api-client", engine.resources().list(pods).backend());
		assertEquals(api + 2, count("api-client"));
		assertEquals(kubectl + 1, count("kubectl"));
	}

	@Test
	void aNewRequestTimeoutTakesEffectOnTheNextRequest() {
		preferences.putInt(PreferenceKeys.REQUEST_TIMEOUT_SECONDS, 2);
		preferences.putBoolean(PreferenceKeys.KUBECTL_FALLBACK, false);
		PreferenceWait.jobs(SettingsPublisher.FAMILY);
		assertEquals(Duration.ofSeconds(2), engine.settings().requestTimeout());

		long start = System.nanoTime();
		KubeException error = assertThrows(KubeException.class,
				() -> engine.resources().refresh(ResourceQuery.of(Contexts.BLACKHOLE, ResourceKinds.NAMESPACES)));
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		assertEquals(ErrorKind.TIMEOUT, error.kind());
		// The default (30 s) would mean the new value was not applied.
		assertTrue(took.compareTo(Duration.ofSeconds(20)) < 0, "gave up after " + took);
	}

	private long count(String backend) {
		return engine.resources().backendRequests().getOrDefault(backend, 0L);
	}
}
