package io.kube9.core.internal.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.NoSuchFileException;
import java.security.cert.CertificateException;
import java.util.Map;
import java.util.concurrent.CompletionException;

import javax.net.ssl.SSLHandshakeException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kubernetes.client.openapi.ApiException;

class ErrorClassifierTest {

	@ParameterizedTest
	@CsvSource({ "401, AUTHENTICATION", "403, PERMISSION", "404, NOT_FOUND", "408, TIMEOUT", "500, SERVER",
			"503, SERVER", "504, TIMEOUT", "410, EXPIRED", "409, CONFLICT", "422, INVALID",
			"400, INVALID", "418, UNKNOWN" })
	void classifiesByHttpStatus(int status, ErrorKind expected) {
		KubeException error = ErrorClassifier.classify(new ApiException(status, Map.of(),
				"{\"kind\":\"Status\",\"message\":\"pods is forbidden: User \\\"viewer\\\"\"}"), "ctx");
		assertEquals(expected, error.kind());
		assertEquals("ctx", error.context());
		assertFalse(error.action().isBlank());
	}

	@Test
	void keepsTheServersMessageAsDetail() {
		KubeException error = ErrorClassifier.classify(new ApiException(403, Map.of(),
				"{\"kind\":\"Status\",\"message\":\"secrets is forbidden\"}"), "ctx");
		assertEquals("secrets is forbidden", error.detail());
		assertEquals("Permission denied (403)", error.getMessage());
	}

	@Test
	void serverErrorsNameTheirStatus() {
		assertTrue(ErrorClassifier.classify(new ApiException(503, Map.of(), ""), "c").getMessage().contains("503"));
	}

	@Test
	void classifiesIoFailuresByCause() {
		assertEquals(ErrorKind.REFUSED, kindOf(new ConnectException("Connection refused")));
		assertEquals(ErrorKind.TIMEOUT, kindOf(new ConnectException("Connect timed out")));
		assertEquals(ErrorKind.TIMEOUT, kindOf(new SocketTimeoutException("Read timed out")));
		assertEquals(ErrorKind.TIMEOUT, kindOf(new InterruptedIOException("timeout")));
		assertEquals(ErrorKind.DNS, kindOf(new UnknownHostException("kube9-test.invalid")));
		assertEquals(ErrorKind.TLS, kindOf(new SSLHandshakeException("PKIX path building failed")));
		assertEquals(ErrorKind.TLS, kindOf(new CertificateException("bad")));
		assertEquals(ErrorKind.KUBECONFIG, kindOf(new NoSuchFileException("/missing/ca.crt")));
		assertEquals(ErrorKind.UNKNOWN, kindOf(new IOException("something else")));
	}

	@Test
	void onlyFailuresOfTheJavaClientItselfAreMarkedClientSide() {
		assertTrue(ErrorClassifier.classify(new ApiException(new IOException("unexpected end of stream")),
				"c") instanceof ClientSideFailure);
		assertTrue(ErrorClassifier.classify(new ApiException(new SSLHandshakeException(
				"Received fatal alert: handshake_failure")), "c") instanceof ClientSideFailure);
		KubeException wrongCa = ErrorClassifier.classify(new ApiException(new SSLHandshakeException(
				"PKIX path building failed: unable to find valid certification path")), "c");
		assertEquals(ErrorKind.TLS, wrongCa.kind());
		assertFalse(wrongCa instanceof ClientSideFailure, "kubectl rejects a wrong CA as well");
		assertFalse(ErrorClassifier.classify(new ApiException(new SSLHandshakeException(
				"Received fatal alert: bad_certificate")), "c") instanceof ClientSideFailure);
		assertFalse(ErrorClassifier.classify(new ApiException(new ConnectException("Connection refused")),
				"c") instanceof ClientSideFailure);
		assertFalse(ErrorClassifier.classify(new ApiException(401, Map.of(), ""), "c") instanceof ClientSideFailure);
	}

	@Test
	void looksThroughWrappers() {
		ApiException wrapped = new ApiException(new IOException(new UnknownHostException("x.invalid")));
		assertEquals(ErrorKind.DNS, ErrorClassifier.classify(new CompletionException(wrapped), "c").kind());
	}

	@Test
	void passesClassifiedErrorsThrough() {
		KubeException original = Errors.of(ErrorKind.CREDENTIAL_PLUGIN, "c", "plugin exited 3");
		assertEquals(original, ErrorClassifier.classify(new CompletionException(original), "c"));
	}

	private static ErrorKind kindOf(Throwable cause) {
		return ErrorClassifier.classify(new ApiException(cause), "c").kind();
	}
}
