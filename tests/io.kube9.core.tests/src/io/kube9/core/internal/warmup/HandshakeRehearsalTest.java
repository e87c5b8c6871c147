package io.kube9.core.internal.warmup;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.kube9.core.Kube9Core;
import io.kube9.core.Settings;
import io.kube9.core.internal.client.ApiClientFactory;
import io.kube9.core.internal.kubeconfig.ContextEntries;
import io.kube9.core.internal.kubeconfig.DefaultKubeconfigService;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.SharedTestCluster;

/** The warm-up's in-memory TLS handshake, with the test cluster admin's real client certificate and key. */
class HandshakeRehearsalTest {

	private static Kube9Core engine;
	private static byte[] certificate;
	private static byte[] key;

	@BeforeAll
	static void credentials() throws Exception {
		engine = Kube9Core
				.create(Settings.defaults().withKubeconfigFiles(List.of(SharedTestCluster.get().kubeconfigs().all())));
		ContextEntries admin = ((DefaultKubeconfigService) engine.kubeconfig()).entries(Contexts.ADMIN);
		certificate = ApiClientFactory.dataOrFile(admin.user(), "client-certificate-data", "client-certificate",
				Contexts.ADMIN);
		key = ApiClientFactory.dataOrFile(admin.user(), "client-key-data", "client-key", Contexts.ADMIN);
		assertNotNull(certificate);
		assertNotNull(key);
	}

	@AfterAll
	static void stop() {
		engine.close();
	}

	@Test
	void theHandshakeCompletesAndDataGoesThrough() throws Exception {
		assertTrue(HandshakeRehearsal.rehearse(certificate, key));
	}
}
