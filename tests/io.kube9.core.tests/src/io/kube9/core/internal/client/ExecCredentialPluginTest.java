package io.kube9.core.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;

class ExecCredentialPluginTest {

	private static final String V1 = "client.authentication.k8s.io/v1";

	@TempDir
	Path directory;

	private ExecCredentialPlugin plugin() {
		return new ExecCredentialPlugin(new Executables(Map.of("PATH", directory.toString()), directory));
	}

	@Test
	void returnsTheTokenAndItsExpiry() throws Exception {
		script("good-plugin", """
				[ "$1" = "--cluster" ] || exit 9
				[ "$GREETING" = "hello" ] || exit 8
				echo '{"apiVersion":"%s","kind":"ExecCredential","status":{"token":"tok-from-plugin-123",
				  "expirationTimestamp":"2030-01-01T00:00:00Z"}}'
				""".formatted(V1));
		ExecCredential credential = plugin().run("c", Map.of("apiVersion", V1, "command", "good-plugin", "args",
				List.of("--cluster"), "env", List.of(Map.of("name", "GREETING", "value", "hello"))),
				Duration.ofSeconds(10));
		assertEquals("tok-from-plugin-123", credential.token());
		assertEquals(Instant.parse("2030-01-01T00:00:00Z"), credential.expiresAt());
		assertFalse(credential.toString().contains("tok-from-plugin-123"));
	}

	@Test
	void seesItsExecInfo() throws Exception {
		script("info-plugin", """
				case "$KUBERNETES_EXEC_INFO" in *'"interactive":false'*) ;; *) exit 7 ;; esac
				echo '{"apiVersion":"client.authentication.k8s.io/v1beta1","kind":"ExecCredential","status":{"token":"t0k3n-beta"}}'
				""");
		ExecCredential credential = plugin().run("c", Map.of("apiVersion", "client.authentication.k8s.io/v1beta1",
				"command", "info-plugin"), Duration.ofSeconds(10));
		assertEquals("t0k3n-beta", credential.token());
		assertNull(credential.expiresAt());
	}

	@Test
	void aFailingPluginReportsItsExitCodeAndStderr() throws Exception {
		script("failing-plugin", """
				echo 'error: refresh token expired, run: cloud auth login' >&2
				exit 3
				""");
		KubeException error = assertThrows(KubeException.class,
				() -> plugin().run("c", Map.of("apiVersion", V1, "command", "failing-plugin"), Duration.ofSeconds(10)));
		assertEquals(ErrorKind.CREDENTIAL_PLUGIN, error.kind());
		assertTrue(error.detail().contains("exited with code 3"), error.detail());
		assertTrue(error.detail().contains("refresh token expired, run: cloud auth login"), error.detail());
	}

	@Test
	void aMissingPluginSaysSoWithItsInstallHint() {
		KubeException error = assertThrows(KubeException.class, () -> plugin().run("c", Map.of("apiVersion", V1,
				"command", "no-such-plugin", "installHint", "Install it with: brew install no-such-plugin"),
				Duration.ofSeconds(10)));
		assertEquals(ErrorKind.CREDENTIAL_PLUGIN, error.kind());
		assertTrue(error.detail().contains("'no-such-plugin' was not found"), error.detail());
		assertTrue(error.detail().contains("brew install no-such-plugin"), error.detail());
	}

	@Test
	void aHangingPluginIsStoppedAtTheTimeLimit() throws Exception {
		script("hanging-plugin", "exec sleep 120\n");
		long start = System.nanoTime();
		KubeException error = assertThrows(KubeException.class, () -> plugin().run("c",
				Map.of("apiVersion", V1, "command", "hanging-plugin"), Duration.ofSeconds(1)));
		assertEquals(ErrorKind.CREDENTIAL_PLUGIN, error.kind());
		assertTrue(error.detail().contains("did not answer within 1 s"), error.detail());
		assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(30)) < 0);
	}

	@Test
	void rejectsOutputThatIsNotAnExecCredential() throws Exception {
		script("chatty-plugin", "echo 'hello there'\n");
		assertEquals(ErrorKind.CREDENTIAL_PLUGIN, assertThrows(KubeException.class, () -> plugin().run("c",
				Map.of("apiVersion", V1, "command", "chatty-plugin"), Duration.ofSeconds(10))).kind());
		script("wrong-version", "echo '{\"apiVersion\":\"client.authentication.k8s.io/v1beta1\","
				+ "\"kind\":\"ExecCredential\",\"status\":{\"token\":\"x\"}}'\n");
		KubeException error = assertThrows(KubeException.class, () -> plugin().run("c",
				Map.of("apiVersion", V1, "command", "wrong-version"), Duration.ofSeconds(10)));
		assertTrue(error.detail().contains("v1beta1"), error.detail());
	}

	/** Bad answers, each with a hint on stderr that must reach the user, never as an exception's text. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"empty token|{\"apiVersion\":\"V1\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\"\"}}|neither a token nor a client certificate",
			"no status|{\"apiVersion\":\"V1\",\"kind\":\"ExecCredential\"}|no status",
			"status not an object|{\"apiVersion\":\"V1\",\"kind\":\"ExecCredential\",\"status\":\"ok\"}|no status",
			"token not text|{\"apiVersion\":\"V1\",\"kind\":\"ExecCredential\",\"status\":{\"token\":{\"a\":1}}}|cannot be read",
			"certificate without key|{\"apiVersion\":\"V1\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\"\",\"clientCertificateData\":\"PEM\"}}|a client certificate without its key",
			"key without certificate|{\"apiVersion\":\"V1\",\"kind\":\"ExecCredential\",\"status\":{\"clientKeyData\":\"PEM\"}}|a client key without its certificate",
			"malformed JSON|{\"apiVersion\":\"V1\",\"kind\":|not JSON",
			"not an object|[1, 2]|not an ExecCredential",
			"empty output||printed nothing",
			"wrong kind|{\"apiVersion\":\"V1\",\"kind\":\"Secret\",\"status\":{\"token\":\"abcdefgh\"}}|not an ExecCredential",
			"wrong apiVersion|{\"apiVersion\":\"client.authentication.k8s.io/v1alpha1\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\"abcdefgh\"}}|v1alpha1",
			"already expired|{\"apiVersion\":\"V1\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\"abcdefgh\",\"expirationTimestamp\":\"2001-01-01T00:00:00Z\"}}|expired at 2001-01-01T00:00:00Z",
			"bad timestamp|{\"apiVersion\":\"V1\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\"abcdefgh\",\"expirationTimestamp\":\"soon\"}}|expirationTimestamp" })
	void aBadAnswerIsAPluginErrorWithItsStderr(String name, String answer, String expected) throws Exception {
		String output = answer == null ? "" : answer.replace("V1", V1);
		script("bad-plugin", "echo 'kube9-hint: try logging in again' >&2\nprintf '%s' '" + output + "'\n");
		KubeException error = assertThrows(KubeException.class,
				() -> plugin().run("c", Map.of("apiVersion", V1, "command", "bad-plugin"), Duration.ofSeconds(10)));
		assertEquals(ErrorKind.CREDENTIAL_PLUGIN, error.kind());
		assertTrue(error.detail().contains(expected), error.detail());
		assertTrue(error.detail().contains("kube9-hint: try logging in again"), "stderr is shown: " + error.detail());
		assertFalse(error.detail().contains("Exception"), "no exception text: " + error.detail());
		assertFalse(error.getMessage().contains("Exception"), error.getMessage());
	}

	@Test
	void aCertificateAndKeyAreACredential() throws Exception {
		script("cert-plugin", "echo '{\"apiVersion\":\"" + V1 + "\",\"kind\":\"ExecCredential\",\"status\":"
				+ "{\"token\":\"\",\"clientCertificateData\":\"CERT\",\"clientKeyData\":\"KEY-abcdef\"}}'\n");
		ExecCredential credential = plugin().run("c", Map.of("apiVersion", V1, "command", "cert-plugin"),
				Duration.ofSeconds(10));
		assertFalse(credential.hasToken());
		assertEquals("CERT", credential.clientCertificateData());
		assertEquals("KEY-abcdef", credential.clientKeyData());
	}

	@Test
	void aPluginThatAnswersButKeepsItsOutputOpenTimesOut() throws Exception {
		// It prints a credential, then lingers with stdout open: its answer is not complete until stdout closes.
		script("lingering-plugin", "echo '{\"apiVersion\":\"" + V1 + "\",\"kind\":\"ExecCredential\","
				+ "\"status\":{\"token\":\"lingering-token\"}}'\nexec sleep 120\n");
		long start = System.nanoTime();
		KubeException error = assertThrows(KubeException.class, () -> plugin().run("c",
				Map.of("apiVersion", V1, "command", "lingering-plugin"), Duration.ofSeconds(1)));
		assertEquals(ErrorKind.CREDENTIAL_PLUGIN, error.kind());
		assertTrue(error.detail().contains("within 1 s"), error.detail());
		assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(30)) < 0);
	}

	@Test
	void neverShowsTheTokenInErrors() throws Exception {
		script("leaky-plugin", """
				echo 'got token supersecret-token-value-99 but the server said no' >&2
				echo '{"apiVersion":"%s","kind":"ExecCredential","status":{"token":"supersecret-token-value-99"}}'
				exit 1
				""".formatted(V1));
		plugin(); // nothing registered yet: redaction must come from the pattern or the registry
		ExecCredential first = null;
		script("good-leaky", "echo '{\"apiVersion\":\"" + V1
				+ "\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\"supersecret-token-value-99\"}}'\n");
		first = plugin().run("c", Map.of("apiVersion", V1, "command", "good-leaky"), Duration.ofSeconds(10));
		assertEquals("supersecret-token-value-99", first.token());
		KubeException error = assertThrows(KubeException.class, () -> plugin().run("c",
				Map.of("apiVersion", V1, "command", "leaky-plugin"), Duration.ofSeconds(10)));
		assertFalse(error.detail().contains("supersecret-token-value-99"), error.detail());
		assertFalse(error.getMessage().contains("supersecret-token-value-99"));
	}

	private void script(String name, String body) throws IOException {
		Path file = directory.resolve(name);
		Files.writeString(file, "#!/bin/sh\n" + body);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
	}
}
