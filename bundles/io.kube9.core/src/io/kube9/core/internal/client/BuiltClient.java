package io.kube9.core.internal.client;

import java.time.Instant;

import io.kubernetes.client.openapi.ApiClient;

/**
 * A client for one context, and whether its credentials can go stale.
 *
 * @param api          the client
 * @param expiresAt    when its credentials expire (a plugin said so), or null
 * @param renewable    whether building it again may give new credentials (exec plugin, token file): then a 401
 *                     is worth one retry with a fresh client
 */
public record BuiltClient(ApiClient api, Instant expiresAt, boolean renewable) {

	/** Expired, with a margin so a request does not start with a credential about to expire. */
	public boolean expired(Instant now) {
		return expiresAt != null && !now.isBefore(expiresAt.minusSeconds(10));
	}
}
