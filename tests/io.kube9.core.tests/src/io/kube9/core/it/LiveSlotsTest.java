package io.kube9.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.kube9.core.Kube9Core;
import io.kube9.core.internal.live.LiveEngine;
import io.kube9.core.live.LiveListing;
import io.kube9.core.live.LiveStatistics;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourcePage;
import io.kube9.core.resources.ResourceQuery;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.SharedTestCluster;
import io.kube9.tests.cluster.TemporaryNamespace;
import io.kube9.tests.cluster.TestCluster;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodSpec;

/**
 * The watching slots on the real cluster: a slot freed by a closed listing goes to the most recently opened listing
 * polled for want of one; with more listings than slots over several clusters, the reader threads stay bounded by
 * the slots and every listing, watched or polled, still follows the server.
 */
class LiveSlotsTest {

	private static final String LABEL = "kube9-slot";

	private static TestCluster cluster;
	private static TemporaryNamespace namespace;
	private static CoreV1Api admin;

	@BeforeAll
	static void start() throws Exception {
		cluster = SharedTestCluster.get();
		namespace = cluster.temporaryNamespace("live-slots");
		admin = new CoreV1Api(cluster.adminClient());
	}

	@AfterAll
	static void stop() throws Exception {
		namespace.close();
	}

	@Test
	void aClosedWatchGivesItsSlotToTheNewestPolledListing() throws Exception {
		try (Kube9Core engine = engine(2)) {
			List<LiveListing> lives = new ArrayList<>();
			List<LiveListingRecorder> shown = new ArrayList<>();
			try {
				for (int i = 0; i < 4; i++) {
					follow(engine, Contexts.ADMIN, LABEL + "=" + i, lives, shown);
				}
				LiveListingRecorder.until("two streams", () -> engine.live().statistics().openStreams() == 2);
				assertEquals(List.of(LiveListing.Mode.POLLING, LiveListing.Mode.POLLING, LiveListing.Mode.WATCHING,
						LiveListing.Mode.WATCHING), lives.stream().map(LiveListing::mode).toList());

				lives.get(3).close();
				LiveListingRecorder.until("the newest polled listing watching", () -> lives.get(1)
						.mode() == LiveListing.Mode.WATCHING && engine.live().statistics().openStreams() == 2);
				assertEquals(LiveListing.Mode.POLLING, lives.get(0).mode(), "the older one waits on");
				LiveStatistics statistics = engine.live().statistics();
				assertEquals(2, statistics.watching());
				assertEquals(1, statistics.polling());

				admin.createNamespacedPod(namespace.name(), pod("slot-1", LABEL, "1")).execute();
				shown.get(1).until("its pod, watched", listing -> listing.item("slot-1") != null);
			} finally {
				lives.forEach(LiveListing::close);
				deleteIfThere("slot-1");
			}
		}
	}

	@Test
	void moreListingsThanSlotsOverSeveralClustersHoldBoundedThreadsAndAllFollow() throws Exception {
		// Four contexts (each its own link and cap) of 45 listings, 40 watched each: 160 wanted, more than the bound.
		List<String> contexts = List.of(Contexts.ADMIN, Contexts.VIEWER, Contexts.RELATIVE_FILES, Contexts.EXEC);
		int perContext = 45;
		int cap = 40;
		int listings = contexts.size() * perContext;
		try (Kube9Core engine = engine(cap)) {
			List<LiveListing> lives = new ArrayList<>();
			List<LiveListingRecorder> shown = new ArrayList<>();
			try {
				for (String context : contexts) {
					for (int i = 0; i < perContext; i++) {
						follow(engine, context, "kube9-many=yes,kube9-n!=" + i, lives, shown);
					}
				}
				LiveListingRecorder.until(LiveEngine.MAXIMUM_WATCHES + " streams and their readers alone", () -> {
					LiveStatistics now = engine.live().statistics();
					return now.openStreams() == LiveEngine.MAXIMUM_WATCHES
							&& now.readerThreads() <= LiveEngine.MAXIMUM_WATCHES + 1;
				});
				LiveStatistics statistics = engine.live().statistics();
				assertEquals(LiveEngine.MAXIMUM_WATCHES, statistics.watching());
				assertEquals(listings - LiveEngine.MAXIMUM_WATCHES, statistics.polling(), "the others polled");
				System.out.println("LiveSlotsTest: " + listings + " listings on " + contexts.size() + " contexts: "
						+ statistics.watching() + " watched, " + statistics.polling() + " polled, "
						+ statistics.readerThreads() + " live threads");

				// None stopped: one pod reaches every listing, watched or polled.
				admin.createNamespacedPod(namespace.name(), pod("many", "kube9-many", "yes")).execute();
				for (LiveListingRecorder listing : shown) {
					listing.until("the pod", recorder -> recorder.item("many") != null);
				}

				// Ten watched listings of one context close: their slots go to listings that waited.
				List<LiveListing> watchedOfAdmin = lives.subList(0, perContext).stream()
						.filter(live -> live.mode() == LiveListing.Mode.WATCHING).limit(10).toList();
				assertEquals(10, watchedOfAdmin.size());
				watchedOfAdmin.forEach(LiveListing::close);
				LiveListingRecorder.until("the slots taken again", () -> engine.live().statistics()
						.openStreams() == LiveEngine.MAXIMUM_WATCHES);
				LiveStatistics after = engine.live().statistics();
				assertEquals(LiveEngine.MAXIMUM_WATCHES, after.watching());
				assertEquals(listings - 10 - LiveEngine.MAXIMUM_WATCHES, after.polling());
				assertTrue(after.readerThreads() <= LiveEngine.MAXIMUM_WATCHES + 1 + 10,
						"at most the slots' readers, the timer and the readers of the streams just cancelled: "
								+ after.readerThreads());
			} finally {
				lives.forEach(LiveListing::close);
				deleteIfThere("many");
			}
			LiveListingRecorder.until("no stream and, once idle, no thread left", () -> {
				LiveStatistics after = engine.live().statistics();
				return after.openStreams() == 0 && after.readerThreads() == 0;
			});
		}
	}

	private static Kube9Core engine(int cap) {
		return Kube9Core.create(Engines.settings(cluster.kubeconfigs().all()).withLiveUpdates(true, cap)
				.withCacheTimeToLive(Map.of(ResourceKinds.PODS.id(), Duration.ofSeconds(2))));
	}

	private static void follow(Kube9Core engine, String context, String selector, List<LiveListing> lives,
			List<LiveListingRecorder> shown) throws Exception {
		ResourceQuery query = ResourceQuery.of(context, ResourceKinds.PODS).inNamespace(namespace.name())
				.withLimit(500).withLabels(selector);
		ResourcePage listed = engine.resources().list(query);
		LiveListingRecorder recorder = new LiveListingRecorder(listed);
		shown.add(recorder);
		lives.add(engine.live().follow(query, listed, recorder));
	}

	/** Cleans up without hiding why the test failed before it created the pod. */
	private static void deleteIfThere(String name) throws ApiException {
		try {
			admin.deleteNamespacedPod(name, namespace.name()).gracePeriodSeconds(0).execute();
		} catch (ApiException e) {
			if (e.getCode() != 404) {
				throw e;
			}
		}
	}

	private static V1Pod pod(String name, String label, String value) {
		return new V1Pod().metadata(new V1ObjectMeta().name(name).namespace(namespace.name()).putLabelsItem(label, value))
				.spec(new V1PodSpec().overhead(null).addContainersItem(new V1Container().name("main").image("busybox")));
	}
}
