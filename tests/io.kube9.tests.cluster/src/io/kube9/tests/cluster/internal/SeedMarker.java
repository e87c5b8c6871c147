package io.kube9.tests.cluster.internal;

import java.time.Instant;
import java.util.Map;

import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1ObjectMeta;

/**
 * Records in the cluster which seeds are complete, so a reused cluster is not seeded twice: a ConfigMap in
 * kube-public (a namespace the seeds do not list) with one key per seed, written after the seed finished.
 */
public final class SeedMarker {

	public static final String NAMESPACE = "kube-public";
	public static final String NAME = "kube9-test-seeds";

	private SeedMarker() {
	}

	public static boolean isSeeded(ApiClient admin, String seed) throws ApiException {
		return seeds(admin).containsKey(seed);
	}

	public static Map<String, String> seeds(ApiClient admin) throws ApiException {
		try {
			V1ConfigMap marker = new CoreV1Api(admin).readNamespacedConfigMap(NAME, NAMESPACE).execute();
			return marker.getData() == null ? Map.of() : marker.getData();
		} catch (ApiException e) {
			if (e.getCode() == 404) {
				return Map.of();
			}
			throw e;
		}
	}

	public static void mark(ApiClient admin, String seed, String description) throws ApiException {
		CoreV1Api core = new CoreV1Api(admin);
		String value = description + " at " + Instant.now();
		try {
			V1ConfigMap marker = core.readNamespacedConfigMap(NAME, NAMESPACE).execute();
			marker.putDataItem(seed, value);
			core.replaceNamespacedConfigMap(NAME, NAMESPACE, marker).execute();
		} catch (ApiException e) {
			if (e.getCode() != 404) {
				throw e;
			}
			core.createNamespacedConfigMap(NAMESPACE,
					new V1ConfigMap().metadata(new V1ObjectMeta().name(NAME).namespace(NAMESPACE)).putDataItem(seed, value))
					.execute();
		}
	}
}
