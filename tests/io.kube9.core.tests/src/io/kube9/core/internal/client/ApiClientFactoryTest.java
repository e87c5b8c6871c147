package io.kube9.core.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.kubeconfig.ContextEntries;
import io.kube9.core.kubeconfig.KubeContext;
import okhttp3.OkHttpClient;

class ApiClientFactoryTest {

	@TempDir
	Path directory;

	private final OkHttpClient base = new OkHttpClient();
	private final ApiClientFactory factory = new ApiClientFactory(
			new ExecCredentialPlugin(new Executables(Map.of("PATH", "/nonexistent"), Path.of("/nonexistent"))));

	@Test
	void sharesTheBaseClientsPoolAndDispatcher() throws KubeException {
		BuiltClient client = factory.build(entries(Map.of("server", "https://127.0.0.1:6443"),
				Map.of("token", "abcdef-token")), base, Duration.ofSeconds(7));
		OkHttpClient http = client.api().getHttpClient();
		assertNotSame(base, http);
		assertSame(base.connectionPool(), http.connectionPool());
		assertSame(base.dispatcher(), http.dispatcher());
		assertEquals(7_000, http.readTimeoutMillis());
		assertFalse(client.renewable());
	}

	@Test
	void aMissingCertificateFileIsAKubeconfigProblemNamingTheFile() {
		Path missing = directory.resolve("admin.crt");
		KubeException error = assertThrows(KubeException.class, () -> factory.build(
				entries(Map.of("server", "https://127.0.0.1:6443"),
						Map.of("client-certificate", missing.toString(), "client-key", missing.toString())),
				base, Duration.ofSeconds(5)));
		assertEquals(ErrorKind.KUBECONFIG, error.kind());
		assertTrue(error.detail().contains(missing.toString()), error.detail());
	}

	@Test
	void aClusterWithoutServerIsAKubeconfigProblem() {
		assertEquals(ErrorKind.KUBECONFIG, assertThrows(KubeException.class,
				() -> factory.build(entries(Map.of(), Map.of()), base, Duration.ofSeconds(5))).kind());
	}

	@Test
	void aMissingPluginIsACredentialPluginProblem() {
		KubeException error = assertThrows(KubeException.class, () -> factory.build(
				entries(Map.of("server", "https://127.0.0.1:6443"), Map.of("exec",
						Map.of("apiVersion", "client.authentication.k8s.io/v1", "command", "gke-gcloud-auth-plugin"))),
				base, Duration.ofSeconds(5)));
		assertEquals(ErrorKind.CREDENTIAL_PLUGIN, error.kind());
	}

	@Test
	void honoursProxyUrl() throws KubeException {
		BuiltClient client = factory.build(entries(Map.of("server", "https://10.1.2.3:6443", "proxy-url",
				"http://proxy.example:8080"), Map.of()), base, Duration.ofSeconds(5));
		assertEquals("proxy.example:8080", client.api().getHttpClient().proxy().address().toString().replace("/", "")
				.replace("<unresolved>", ""));
	}

	@Test
	void invalidBase64IsAKubeconfigProblem() {
		assertEquals(ErrorKind.KUBECONFIG, assertThrows(KubeException.class, () -> factory.build(
				entries(Map.of("server", "https://1.2.3.4", "certificate-authority-data", "%%%not base64%%%"),
						Map.of()),
				base, Duration.ofSeconds(5))).kind());
	}

	private static ContextEntries entries(Map<String, Object> cluster, Map<String, Object> user) {
		return new ContextEntries(new KubeContext("ctx", "cl", String.valueOf(cluster.get("server")), "u", null,
				Path.of("/tmp/config"), null, false), cluster, user);
	}
}
