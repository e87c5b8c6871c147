package io.kube9.tests.cluster.selftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.google.gson.reflect.TypeToken;

import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.TemporaryNamespace;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.util.Watch;

/** An HTTP watch streams events; a temporary namespace leaves nothing behind. */
@WithTestCluster
class WatchTest {

	@Test
	void watchReceivesTheAddedEventOfANewObject(TestCluster cluster) throws Exception {
		ApiClient client = cluster.client(Contexts.ADMIN, Duration.ofSeconds(5), Duration.ofSeconds(60));
		CoreV1Api core = new CoreV1Api(client);
		String namespaceName;
		try (TemporaryNamespace namespace = cluster.temporaryNamespace("kube9-selftest-watch")) {
			namespaceName = namespace.name();
			// Watch from the list's resourceVersion, so the create cannot slip in before the watch starts.
			String resourceVersion = core.listNamespacedConfigMap(namespaceName).execute().getMetadata()
					.getResourceVersion();
			okhttp3.Call call = core.listNamespacedConfigMap(namespaceName).watch(true)
					.resourceVersion(resourceVersion).timeoutSeconds(30).buildCall(null);
			try (Watch<V1ConfigMap> watch = Watch.createWatch(client, call,
					new TypeToken<Watch.Response<V1ConfigMap>>() {
					}.getType())) {
				CompletableFuture<Watch.Response<V1ConfigMap>> firstEvent = CompletableFuture.supplyAsync(watch::next);

				core.createNamespacedConfigMap(namespaceName,
						new V1ConfigMap().metadata(new V1ObjectMeta().name("watched")).putDataItem("k", "v")).execute();

				Watch.Response<V1ConfigMap> event = firstEvent.get(20, TimeUnit.SECONDS);
				assertEquals("ADDED", event.type);
				assertEquals("watched", event.object.getMetadata().getName());
				assertEquals("v", event.object.getData().get("k"));
			}
		}
		ApiException gone = assertThrows(ApiException.class, () -> core.readNamespace(namespaceName).execute());
		assertEquals(404, gone.getCode(), "temporary namespace deleted, not left Terminating");
	}
}
