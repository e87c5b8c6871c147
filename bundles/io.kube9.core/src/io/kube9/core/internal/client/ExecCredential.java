package io.kube9.core.internal.client;

import java.time.Instant;

/**
 * What a credential plugin returned: a token, or a client certificate and key (PEM), and until when.
 * Holds credentials: never log it.
 */
public record ExecCredential(String token, String clientCertificateData, String clientKeyData, Instant expiresAt) {

	public boolean hasToken() {
		return token != null && !token.isEmpty();
	}

	@Override
	public String toString() {
		return "ExecCredential[" + (hasToken() ? "token" : "certificate") + ", expires " + expiresAt + "]";
	}
}
