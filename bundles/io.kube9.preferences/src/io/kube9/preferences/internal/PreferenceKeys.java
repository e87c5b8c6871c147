package io.kube9.preferences.internal;

import io.kube9.core.resources.ResourceKind;

/** The keys of the preference node {@code io.kube9.preferences}; units are in the names. */
public final class PreferenceKeys {

	public static final String QUALIFIER = "io.kube9.preferences";

	/** "api-client" or "kubectl". */
	public static final String BACKEND = "backend";
	public static final String KUBECTL_FALLBACK = "kubectlFallback";
	/** Empty: kubectl found on PATH. */
	public static final String KUBECTL_PATH = "kubectlPath";
	/** "default" (KUBECONFIG, else ~/.kube/config) or "explicit". */
	public static final String KUBECONFIG_SOURCE = "kubeconfigSource";
	/** Explicit kubeconfig files, separated by the platform's path separator. */
	public static final String KUBECONFIG_FILES = "kubeconfigFiles";
	public static final String CONNECT_TIMEOUT_SECONDS = "connectTimeoutSeconds";
	public static final String REQUEST_TIMEOUT_SECONDS = "requestTimeoutSeconds";
	/** "kubeconfig" or "ide". */
	public static final String NAMESPACE_MODE = "namespaceMode";
	public static final String PAGE_SIZE = "pageSize";
	public static final String OPERATOR_NAMESPACE = "operatorNamespace";
	/** Keep the listings shown current through watches. */
	public static final String LIVE_UPDATES = "liveUpdates";
	/** How many listings of one cluster are watched at once. */
	public static final String LIVE_LISTINGS_PER_CLUSTER = "liveListingsPerCluster";
	/** A request taking longer is logged as a warning. */
	public static final String SLOW_REQUEST_THRESHOLD_MILLIS = "slowRequestThresholdMillis";
	private static final String CACHE_TTL_SECONDS = "cacheTtlSeconds.";

	public static final String BACKEND_API_CLIENT = "api-client";
	public static final String BACKEND_KUBECTL = "kubectl";
	public static final String SOURCE_DEFAULT = "default";
	public static final String SOURCE_EXPLICIT = "explicit";
	public static final String NAMESPACE_KUBECONFIG = "kubeconfig";
	public static final String NAMESPACE_IDE = "ide";

	private PreferenceKeys() {
	}

	/** The cache time-to-live of a kind, in seconds: {@code cacheTtlSeconds.pods}. */
	public static String cacheTimeToLive(ResourceKind kind) {
		return CACHE_TTL_SECONDS + kind.id();
	}
}
