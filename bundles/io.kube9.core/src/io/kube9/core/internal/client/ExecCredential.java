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

	/** Expired, with a margin so a request does not start with a credential about to expire. */
	public boolean expired(Instant now) {
		return expiresAt != null && !now.isBefore(expiresAt.minusSeconds(10));
	}

	@Override
	public String toString() {
		return "ExecCredential[" + (hasToken() ? "token" : "certificate") + ", expires " + expiresAt + "]";
	}
}
