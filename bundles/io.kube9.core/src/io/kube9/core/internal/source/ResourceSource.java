package io.kube9.core.internal.source;

import java.time.Duration;

import com.google.gson.JsonObject;

import io.kube9.core.errors.KubeException;
import io.kube9.core.resources.ResourcePage;
import io.kube9.core.resources.ResourceQuery;

/** One way of reading clusters: the API client, kubectl, or the API client with kubectl as fallback. */
public interface ResourceSource {

	/** "api-client" or "kubectl": what answered, for pages and counters. */
	String name();

	ResourcePage list(ResourceQuery query, CancellationSignal cancellation) throws KubeException;

	/**
	 * A GET of an API path ({@code /version}, an object, a discovery document), parsed.
	 *
	 * @param timeout its time limit, or null for the settings' request timeout
	 */
	JsonObject get(String context, String path, Duration timeout, CancellationSignal cancellation)
			throws KubeException;
}
