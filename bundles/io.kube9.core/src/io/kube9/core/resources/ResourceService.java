package io.kube9.core.resources;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import io.kube9.core.errors.KubeException;

/**
 * Lists and fetches resources through the chosen backend and the cache. Every method blocks on I/O: call it
 * from a background job, never from the UI thread. Failures are classified {@link KubeException}s, never an
 * empty list.
 */
public interface ResourceService {

	/** A listing, from the cache while it is fresh. */
	ResourcePage list(ResourceQuery query) throws KubeException;

	/** A listing fetched anew (the cache is updated with it). */
	ResourcePage refresh(ResourceQuery query) throws KubeException;

	/** {@link #list} or {@link #refresh} without blocking; cancelling the future cancels the request. */
	CompletableFuture<ResourcePage> listAsync(ResourceQuery query, boolean bypassCache);

	/** Nodes, namespaces and pods of a context fetched in parallel; pods in one namespace or all (null). */
	Overview overview(String context, String namespace) throws KubeException;

	/** One whole object, for viewing; never cached. */
	ResourceObject fetch(ResourceRef ref) throws KubeException;

	void invalidate(ResourceQuery query);

	/** Drops every cached listing of a context. */
	void invalidateContext(String context);

	/**
	 * Drops the cached listings whose {@link ResourceQuery#path()} matches a glob ({@code *} any run of
	 * characters, {@code ?} one), e.g. {@code "prod-*\/pods/*"}.
	 */
	void invalidateMatching(String glob);

	void invalidateIf(Predicate<ResourceQuery> condition);

	void invalidateAll();

	CacheStatistics cacheStatistics();

	/** Requests that reached each backend ("api-client", "kubectl") since start: which one is answering. */
	Map<String, Long> backendRequests();
}
