package io.kube9.benchmarks.scenarios;

import java.util.List;

import io.kube9.benchmarks.measure.Measurement;
import io.kube9.benchmarks.measure.Repetitions;
import io.kube9.benchmarks.measure.Results;
import io.kube9.benchmarks.measure.Sampler;
import io.kube9.benchmarks.measure.Samples;
import io.kube9.benchmarks.measure.Trial;
import io.kube9.benchmarks.support.RawGet;
import io.kube9.core.Kube9Core;
import io.kube9.core.resources.ResourceKind;
import io.kube9.core.resources.ResourceQuery;

/**
 * One listing five ways: a kubectl process per call; the API client built anew per call (client, TLS handshake);
 * the API client on its pooled connection; core's cache; and the floor, a plain GET of the same URL in the fastest
 * representation that carries the tree's fields ({@link RawGet#floorFormat}: protobuf for these kinds, as core reads
 * them), whose body is read and dropped; the warm client and the floor are timed by turns. kubectl and the API client
 * both end in core's list parsers, so they deliver the same items.
 */
public final class ListScenario {

	private final Kube9Core api;
	private final Kube9Core kubectl;
	private final String context;
	private final Results results;

	public ListScenario(Kube9Core api, Kube9Core kubectl, String context, Results results) {
		this.api = api;
		this.kubectl = kubectl;
		this.context = context;
		this.results = results;
	}

	/**
	 * @param key       the ids' middle part: list.KEY.variant
	 * @param processes repetitions of the kubectl and cold variants
	 * @param requests  repetitions of the warm and floor variants
	 */
	public void run(String key, String label, ResourceKind kind, Repetitions processes, Repetitions requests)
			throws Exception {
		ResourceQuery query = ResourceQuery.of(context, kind);
		String id = "list." + key + ".";
		results.time(id + "kubectl", label, Labels.KUBECTL, processes, () -> kubectl.resources().refresh(query));
		results.time(id + "api-cold", label, Labels.API_COLD, processes, Trial.of(() -> {
			api.clients().invalidate(context);
			api.clients().connectionPool().evictAll();
		}, () -> api.resources().refresh(query)));
		// The warm client and its floor by turns, so that both see the same machine (others' load comes and goes).
		RawGet raw = new RawGet(api.clients().api(context));
		String path = kind.collectionPath(null);
		List<Samples> warmAndFloor = Sampler.alternate(
				List.of(Trial.of(() -> api.resources().refresh(query)), Trial.of(() -> raw.drain(path, kind))),
				requests);
		results.add(new Measurement(id + "api-warm", label, Labels.API_WARM, warmAndFloor.get(0)));
		results.time(id + "cache", label, Labels.CACHE, Repetitions.FAST,
				Trial.of(() -> api.resources().list(query), () -> api.resources().list(query)));
		results.add(new Measurement(id + "floor", label, Labels.FLOOR, warmAndFloor.get(1)));
	}
}
