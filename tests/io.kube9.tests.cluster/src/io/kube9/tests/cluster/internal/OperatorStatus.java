package io.kube9.tests.cluster.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1ObjectMeta;

/**
 * The ConfigMap the kube9 operator keeps its status in: data key 'status', a JSON document saying it is
 * operated, healthy and freshly updated, with collection counts and the Argo CD it detected.
 */
public final class OperatorStatus {

	public static final String DATA_KEY = "status";

	private OperatorStatus() {
	}

	public static String json(Instant now) {
		String time = now.truncatedTo(ChronoUnit.SECONDS).toString();
		JsonObject stats = new JsonObject();
		stats.addProperty("totalSuccessCount", 288);
		stats.addProperty("totalFailureCount", 0);
		stats.addProperty("collectionsStoredCount", 288);
		stats.addProperty("lastSuccessTime", time);
		JsonObject argocd = new JsonObject();
		argocd.addProperty("detected", true);
		argocd.addProperty("namespace", DemoContent.ARGOCD_NAMESPACE);
		argocd.addProperty("version", DemoContent.ARGOCD_VERSION);
		argocd.addProperty("lastChecked", time);
		JsonObject status = new JsonObject();
		status.addProperty("mode", "operated");
		status.addProperty("version", DemoContent.OPERATOR_VERSION);
		status.addProperty("health", "healthy");
		status.addProperty("lastUpdate", time);
		status.add("error", JsonNull.INSTANCE);
		status.add("collectionStats", stats);
		status.add("argocd", argocd);
		return new GsonBuilder().serializeNulls().create().toJson(status);
	}

	public static void create(ApiClient admin) throws ApiException {
		new CoreV1Api(admin).createNamespacedConfigMap(DemoContent.OPERATOR_NAMESPACE, new V1ConfigMap()
				.metadata(new V1ObjectMeta().namespace(DemoContent.OPERATOR_NAMESPACE)
						.name(DemoContent.OPERATOR_STATUS_CONFIGMAP))
				.putDataItem(DATA_KEY, json(Instant.now()))).execute();
	}

	/** Sets lastUpdate to now, so a cluster reused for longer than five minutes still reads as operated. */
	public static void refresh(ApiClient admin) throws ApiException {
		CoreV1Api core = new CoreV1Api(admin);
		V1ConfigMap configMap = core
				.readNamespacedConfigMap(DemoContent.OPERATOR_STATUS_CONFIGMAP, DemoContent.OPERATOR_NAMESPACE).execute();
		configMap.putDataItem(DATA_KEY, json(Instant.now()));
		core.replaceNamespacedConfigMap(DemoContent.OPERATOR_STATUS_CONFIGMAP, DemoContent.OPERATOR_NAMESPACE,
				configMap).execute();
	}
}
