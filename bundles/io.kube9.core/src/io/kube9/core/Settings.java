package io.kube9.core;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the user can tune, as one immutable value. The preferences bundle publishes it through
 * {@link Kube9Core#applySettings(Settings)}; core never reads another bundle's preferences.
 *
 * @param backend           how reads are made
 * @param kubectlFallback   retry through kubectl when the API client fails in a way kubectl may survive
 * @param kubectlPath       the kubectl executable; empty means the one found on PATH
 * @param kubeconfigFiles   explicit kubeconfig files; empty means KUBECONFIG, else ~/.kube/config
 * @param connectTimeout    connect timeout of every request
 * @param requestTimeout    whole-request timeout of every request (never unlimited)
 * @param namespaceMode     where the active namespace is kept
 * @param cacheTimeToLive   time-to-live per resource kind id, overriding the kinds' defaults
 * @param pageSize          items per page of a listing
 * @param operatorNamespace the namespace of the kube9 operator's status ConfigMap
 * @param liveUpdates       keep the listings shown current through watches (polling with kubectl)
 * @param liveListingsPerCluster how many listings of one cluster are watched at once; beyond it the oldest are
 *                          polled at their time-to-live
 * @param slowRequestThreshold a request taking longer is logged (once, with its timing, context and kind)
 */
public record Settings(Backend backend, boolean kubectlFallback, String kubectlPath, List<Path> kubeconfigFiles,
		Duration connectTimeout, Duration requestTimeout, NamespaceMode namespaceMode,
		Map<String, Duration> cacheTimeToLive, int pageSize, String operatorNamespace, boolean liveUpdates,
		int liveListingsPerCluster, Duration slowRequestThreshold) {

	public static final Duration DEFAULT_SLOW_REQUEST_THRESHOLD = Duration.ofSeconds(2);
	public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
	public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
	public static final int DEFAULT_PAGE_SIZE = 500;
	public static final String DEFAULT_OPERATOR_NAMESPACE = "kube9-system";
	/** Well below the 100 streams the API server allows on one HTTP/2 connection. */
	public static final int DEFAULT_LIVE_LISTINGS_PER_CLUSTER = 30;

	public Settings {
		Objects.requireNonNull(backend);
		kubectlPath = kubectlPath == null ? "" : kubectlPath.trim();
		kubeconfigFiles = List.copyOf(kubeconfigFiles);
		requirePositive(connectTimeout, "connectTimeout");
		requirePositive(requestTimeout, "requestTimeout");
		requirePositive(slowRequestThreshold, "slowRequestThreshold");
		Objects.requireNonNull(namespaceMode);
		cacheTimeToLive = Map.copyOf(cacheTimeToLive);
		cacheTimeToLive.forEach((kind, ttl) -> {
			if (ttl.isNegative()) {
				throw new IllegalArgumentException("negative time-to-live for " + kind);
			}
		});
		if (pageSize < 1) {
			throw new IllegalArgumentException("pageSize must be at least 1");
		}
		if (liveListingsPerCluster < 1) {
			throw new IllegalArgumentException("liveListingsPerCluster must be at least 1");
		}
		operatorNamespace = operatorNamespace == null || operatorNamespace.isBlank() ? DEFAULT_OPERATOR_NAMESPACE
				: operatorNamespace.trim();
	}

	public static Settings defaults() {
		return new Settings(Backend.API_CLIENT, true, "", List.of(), DEFAULT_CONNECT_TIMEOUT,
				DEFAULT_REQUEST_TIMEOUT, NamespaceMode.KUBECONFIG, Map.of(), DEFAULT_PAGE_SIZE,
				DEFAULT_OPERATOR_NAMESPACE, true, DEFAULT_LIVE_LISTINGS_PER_CLUSTER, DEFAULT_SLOW_REQUEST_THRESHOLD);
	}

	public Settings withBackend(Backend value) {
		return new Settings(value, kubectlFallback, kubectlPath, kubeconfigFiles, connectTimeout, requestTimeout,
				namespaceMode, cacheTimeToLive, pageSize, operatorNamespace, liveUpdates,
				liveListingsPerCluster, slowRequestThreshold);
	}

	public Settings withKubectlFallback(boolean value) {
		return new Settings(backend, value, kubectlPath, kubeconfigFiles, connectTimeout, requestTimeout,
				namespaceMode, cacheTimeToLive, pageSize, operatorNamespace, liveUpdates,
				liveListingsPerCluster, slowRequestThreshold);
	}

	public Settings withKubectlPath(String value) {
		return new Settings(backend, kubectlFallback, value, kubeconfigFiles, connectTimeout, requestTimeout,
				namespaceMode, cacheTimeToLive, pageSize, operatorNamespace, liveUpdates,
				liveListingsPerCluster, slowRequestThreshold);
	}

	public Settings withKubeconfigFiles(List<Path> value) {
		return new Settings(backend, kubectlFallback, kubectlPath, value, connectTimeout, requestTimeout,
				namespaceMode, cacheTimeToLive, pageSize, operatorNamespace, liveUpdates,
				liveListingsPerCluster, slowRequestThreshold);
	}

	public Settings withTimeouts(Duration connect, Duration request) {
		return new Settings(backend, kubectlFallback, kubectlPath, kubeconfigFiles, connect, request, namespaceMode,
				cacheTimeToLive, pageSize, operatorNamespace, liveUpdates,
				liveListingsPerCluster, slowRequestThreshold);
	}

	public Settings withNamespaceMode(NamespaceMode value) {
		return new Settings(backend, kubectlFallback, kubectlPath, kubeconfigFiles, connectTimeout, requestTimeout,
				value, cacheTimeToLive, pageSize, operatorNamespace, liveUpdates,
				liveListingsPerCluster, slowRequestThreshold);
	}

	public Settings withCacheTimeToLive(Map<String, Duration> value) {
		return new Settings(backend, kubectlFallback, kubectlPath, kubeconfigFiles, connectTimeout, requestTimeout,
				namespaceMode, value, pageSize, operatorNamespace, liveUpdates,
				liveListingsPerCluster, slowRequestThreshold);
	}

	public Settings withPageSize(int value) {
		return new Settings(backend, kubectlFallback, kubectlPath, kubeconfigFiles, connectTimeout, requestTimeout,
				namespaceMode, cacheTimeToLive, value, operatorNamespace, liveUpdates,
				liveListingsPerCluster, slowRequestThreshold);
	}

	public Settings withLiveUpdates(boolean value, int perCluster) {
		return new Settings(backend, kubectlFallback, kubectlPath, kubeconfigFiles, connectTimeout, requestTimeout,
				namespaceMode, cacheTimeToLive, pageSize, operatorNamespace, value, perCluster, slowRequestThreshold);
	}

	public Settings withSlowRequestThreshold(Duration value) {
		return new Settings(backend, kubectlFallback, kubectlPath, kubeconfigFiles, connectTimeout, requestTimeout,
				namespaceMode, cacheTimeToLive, pageSize, operatorNamespace, liveUpdates, liveListingsPerCluster,
				value);
	}

	private static void requirePositive(Duration duration, String name) {
		if (duration == null || duration.isZero() || duration.isNegative()) {
			throw new IllegalArgumentException(name + " must be positive");
		}
	}
}
