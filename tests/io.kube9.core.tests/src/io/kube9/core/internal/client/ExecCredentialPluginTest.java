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
