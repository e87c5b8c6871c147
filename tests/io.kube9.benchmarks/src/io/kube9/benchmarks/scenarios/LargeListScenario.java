package io.kube9.benchmarks.scenarios;

import java.io.Reader;

import io.kube9.benchmarks.measure.Repetitions;
import io.kube9.benchmarks.measure.Results;
import io.kube9.benchmarks.support.RawGet;
import io.kube9.core.Kube9Core;
import io.kube9.core.internal.source.ListParser;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourceQuery;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import okhttp3.Response;

/**
 * The pods of every namespace on the large seed, three ways of reading them besides core's trimmed path (measured
 * with the lists): typed V1Pod objects through the context's ApiClient, metadata only
 * (PartialObjectMetadataList), and the first page of 500 through core.
 */
public final class LargeListScenario {

	private final Kube9Core api;
	private final String context;
	private final Results results;

	public LargeListScenario(Kube9Core api, String context, Results results) {
		this.api = api;
		this.context = context;
		this.results = results;
	}

	public void run(Repetitions whole, Repetitions page) throws Exception {
		CoreV1Api typed = new CoreV1Api(api.clients().api(context));
		results.time("list.pods.typed", Labels.LIST_PODS, "full objects (typed V1PodList)", whole,
				() -> typed.listPodForAllNamespaces().execute());
		RawGet raw = new RawGet(api.clients().api(context));
		String path = ResourceKinds.PODS.collectionPath(null);
		results.time("list.pods.metadata", Labels.LIST_PODS, "metadata only (PartialObjectMetadataList)",
				whole, () -> {
					try (Response response = raw.get(path, RawGet.METADATA_LIST);
							Reader body = response.body().charStream()) {
						ListParser.parse(ResourceKinds.PODS, body, "api-client");
					}
				});
		ResourceQuery firstPage = ResourceQuery.of(context, ResourceKinds.PODS).withLimit(500);
		results.time("list.pods.first-page", Labels.LIST_PODS, "first page (limit=500)", page,
				() -> api.resources().refresh(firstPage));
	}
}
