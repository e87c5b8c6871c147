package io.kube9.core.internal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.kube9.core.Kube9Core;
import io.kube9.core.Settings;
import io.kube9.core.resources.ResourceItem;
import io.kube9.core.resources.ResourceKind;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourcePage;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.SharedTestCluster;
import io.kube9.tests.cluster.TestCluster;
import io.kubernetes.client.openapi.ApiClient;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * On the real cluster, each kind listed in a representation other than JSON gives the same items, with the same
 * summaries, as full JSON objects of the same snapshot (the second read asks for the first one's resourceVersion
 * exactly, so a pod that changes in between does not matter).
 */
class ListFormatsAgreeTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@ParameterizedTest
	@ValueSource(strings = { "pods", "nodes", "namespaces" })
	void sameItemsAsFullJson(String kindId) throws Exception {
		ResourceKind kind = ResourceKinds.byId(kindId).orElseThrow();
		ListFormat format = ListFormat.of(kind);
		assertNotEquals(ListFormat.JSON, format, kindId + " is listed as JSON: nothing to compare");
		TestCluster cluster = SharedTestCluster.get();
		try (Kube9Core core = Kube9Core.create(Settings.defaults()
				.withKubeconfigFiles(List.of(cluster.kubeconfigs().all())).withTimeouts(TIMEOUT, TIMEOUT))) {
			ApiClient client = core.clients().api(Contexts.ADMIN);
			String path = kind.collectionPath(null);
			ResourcePage json;
			try (Response response = get(client, path, ListFormat.JSON.accept());
					Reader body = response.body().charStream()) {
				json = ListParser.parse(kind, body, "test");
			}
			assertFalse(json.items().isEmpty(), "the seed has " + kindId);
			assertFalse(json.resourceVersion().isEmpty());
			ResourcePage chosen;
			try (Response response = get(client,
					path + "?resourceVersion=" + json.resourceVersion() + "&resourceVersionMatch=Exact",
					format.accept())) {
				if (format.accept().startsWith(ListFormat.PROTOBUF_TYPE)) {
					assertTrue(ListFormat.isProtobuf(response.body().contentType()),
							"answered " + response.body().contentType());
				}
				chosen = ListFormat.read(kind, response.body(), "test");
			}
			assertEquals(sorted(json.items()), sorted(chosen.items()));
			assertEquals(json.resourceVersion(), chosen.resourceVersion());
		}
	}

	/** The admin authenticates by client certificate: its OkHttp client alone makes the request. */
	private static Response get(ApiClient client, String path, String accept) throws IOException {
		OkHttpClient http = client.getHttpClient();
		Request.Builder request = new Request.Builder().url(client.getBasePath() + path).header("Accept", accept);
		Response response = http.newCall(request.build()).execute();
		if (!response.isSuccessful()) {
			response.close();
			throw new IOException("GET " + path + " answered " + response.code());
		}
		return response;
	}

	private static List<ResourceItem> sorted(List<ResourceItem> items) {
		return items.stream().sorted(Comparator.comparing((ResourceItem item) -> String.valueOf(item.namespace()))
				.thenComparing(ResourceItem::name)).toList();
	}
}
