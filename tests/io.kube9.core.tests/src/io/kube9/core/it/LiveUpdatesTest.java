package io.kube9.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.kube9.core.Backend;
import io.kube9.core.Kube9Core;
import io.kube9.core.live.LiveListing;
import io.kube9.core.live.LiveStatistics;
import io.kube9.core.resources.ResourceItem;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourcePage;
import io.kube9.core.resources.ResourceQuery;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.SharedTestCluster;
import io.kube9.tests.cluster.TemporaryNamespace;
import io.kube9.tests.cluster.TestCluster;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.apis.RbacAuthorizationV1Api;
import io.kubernetes.client.openapi.models.RbacV1Subject;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1PolicyRule;
import io.kubernetes.client.openapi.models.V1Role;
import io.kubernetes.client.openapi.models.V1RoleBinding;
import io.kubernetes.client.openapi.models.V1RoleRef;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Listings followed through watches on the real cluster: what the server changes reaches the listing and the cache
 * without a refresh; a watch from a resourceVersion the server no longer has relists; a user who may list but not
 * watch is polled; closing a listing ends its watch on the server.
 */
class LiveUpdatesTest {

	private static final Pattern WATCH_METRIC = Pattern.compile(
			"^apiserver_longrunning_requests\\{([^}]*)\\}\\s+(\\S+)$", Pattern.MULTILINE);

	private static TestCluster cluster;
	private static Kube9Core engine;
	private static TemporaryNamespace namespace;
	private static CoreV1Api admin;

	@BeforeAll
	static void start() throws Exception {
		cluster = SharedTestCluster.get();
		engine = Kube9Core.create(Engines.settings(cluster.kubeconfigs().all())
				.withCacheTimeToLive(Map.of(ResourceKinds.PODS.id(), Duration.ofSeconds(2))));
		namespace = cluster.temporaryNamespace("live");
		admin = new CoreV1Api(cluster.adminClient());
	}

	@AfterAll
	static void stop() throws Exception {
		engine.close();
		namespace.close();
	}

	@Test
	void createdChangedAndDeletedPodsArriveWithoutARefresh() throws Exception {
		ResourceQuery query = pods(Contexts.ADMIN);
		ResourcePage listed = engine.resources().list(query);
		LiveListingRecorder shown = new LiveListingRecorder(listed);
		long requestsBefore;
		try (LiveListing live = engine.live().follow(query, listed, shown)) {
			assertEquals(LiveListing.Mode.WATCHING, live.mode());
			admin.createNamespacedPod(namespace.name(), pod("arrives")).execute();
			shown.until("the new pod", listing -> listing.item("arrives") != null);
			shown.until("the new pod running", listing -> listing.item("arrives").status().startsWith("Running"));

			V1Pod current = admin.readNamespacedPod("arrives", namespace.name()).execute();
			current.getMetadata().putLabelsItem("changed", "yes");
			admin.replaceNamespacedPod("arrives", namespace.name(), current).execute();
			shown.until("the new label", listing -> "yes".equals(listing.item("arrives").labels().get("changed")));

			// The cached listing followed the events: listing it again asks nobody.
			requestsBefore = engine.resources().backendRequests().getOrDefault(ResourcePage.API_CLIENT, 0L);
			ResourceItem cached = engine.resources().list(query).items().stream()
					.filter(item -> item.name().equals("arrives")).findFirst().orElseThrow();
			assertEquals("yes", cached.labels().get("changed"));
			assertEquals(requestsBefore,
					engine.resources().backendRequests().getOrDefault(ResourcePage.API_CLIENT, 0L));

			admin.deleteNamespacedPod("arrives", namespace.name()).gracePeriodSeconds(0).execute();
			shown.until("the pod gone", listing -> listing.item("arrives") == null);
			assertEquals(0, shown.relists(), "kept current by events alone");
		}
		LiveListingRecorder.until("no watch left open", () -> engine.live().statistics().openStreams() == 0);
	}

	@Test
	void aResourceVersionTheServerNoLongerHasRelists() throws Exception {
		ResourceQuery query = pods(Contexts.ADMIN);
		ResourcePage listed = engine.resources().refresh(query);
		// As when the server compacted past it while the IDE slept: 410 Gone.
		ResourcePage expired = new ResourcePage(listed.items(), "", -1, listed.fetchedAt(), listed.backend(), null,
				"1");
		LiveListingRecorder shown = new LiveListingRecorder(expired);
		long relistsBefore = engine.live().statistics().relists();
		try (LiveListing live = engine.live().follow(query, expired, shown)) {
			shown.until("a relist", listing -> listing.relists() == 1);
			assertTrue(engine.live().statistics().relists() > relistsBefore);
			// And it watches on from the relisted version.
			admin.createNamespacedPod(namespace.name(), pod("after-expiry")).execute();
			shown.until("the pod created after the relist", listing -> listing.item("after-expiry") != null);
			assertEquals(LiveListing.Mode.WATCHING, live.mode());
		} finally {
			admin.deleteNamespacedPod("after-expiry", namespace.name()).gracePeriodSeconds(0).execute();
		}
	}

	@Test
	void aRelistOfAPagedListingReadsAsManyItemsAsWereShown() throws Exception {
		try (TemporaryNamespace paged = cluster.temporaryNamespace("live-paged")) {
			for (String name : List.of("p1", "p2", "p3", "p4", "p5")) {
				admin.createNamespacedPod(paged.name(), pod(name).metadata(new V1ObjectMeta().name(name))).execute();
			}
			// Two pages of two shown ("Show more" pressed once); the fifth pod is beyond them.
			ResourceQuery query = ResourceQuery.of(Contexts.ADMIN, ResourceKinds.PODS).inNamespace(paged.name())
					.withLimit(2);
			ResourcePage first = engine.resources().refresh(query);
			ResourcePage second = engine.resources().refresh(query.continuing(first.continueToken()));
			ResourcePage expired = new ResourcePage(first.items(), first.continueToken(), first.remainingCount(),
					first.fetchedAt(), first.backend(), null, "1");
			LiveListingRecorder shown = new LiveListingRecorder(expired);
			shown.appended(second);
			try (LiveListing live = engine.live().follow(query, expired, shown)) {
				shown.until("a relist", listing -> listing.relists() == 1);
				assertEquals(List.of("p1", "p2", "p3", "p4"), shown.names(), "both pages shown, read anew");
				ResourcePage relisted = shown.lastRelisted();
				assertTrue(relisted.hasMore(), "'Show more' still leads to the rest");
				assertEquals(1, relisted.remainingCount(), "the count of what follows the pages shown");
				assertEquals(LiveListing.Mode.WATCHING, live.mode());
			}
		}
	}

	@Test
	void aUserWhoMayListButNotWatchIsPolled() throws Exception {
		RbacAuthorizationV1Api rbac = new RbacAuthorizationV1Api(cluster.adminClient());
		rbac.createNamespacedRole(namespace.name(), new V1Role()
				.metadata(new V1ObjectMeta().name("list-only").namespace(namespace.name()))
				.addRulesItem(new V1PolicyRule().apiGroups(List.of("")).resources(List.of("pods"))
						.verbs(List.of("get", "list"))))
				.execute();
		rbac.createNamespacedRoleBinding(namespace.name(), new V1RoleBinding()
				.metadata(new V1ObjectMeta().name("list-only").namespace(namespace.name()))
				.roleRef(new V1RoleRef().apiGroup("rbac.authorization.k8s.io").kind("Role").name("list-only"))
				.addSubjectsItem(new RbacV1Subject().kind("User").apiGroup("rbac.authorization.k8s.io")
						.name(Contexts.RESTRICTED_USER)))
				.execute();
		ResourceQuery query = pods(Contexts.RESTRICTED);
		ResourcePage listed = awaitListable(query);
		LiveListingRecorder shown = new LiveListingRecorder(listed);
		try (LiveListing live = engine.live().follow(query, listed, shown)) {
			LiveListingRecorder.until("polling", () -> live.mode() == LiveListing.Mode.POLLING);
			admin.createNamespacedPod(namespace.name(), pod("polled")).execute();
			shown.until("the pod, polled", listing -> listing.item("polled") != null);
			assertEquals(false, engine.live().disconnected(Contexts.RESTRICTED), "a 403 is no lost connection");
		} finally {
			admin.deleteNamespacedPod("polled", namespace.name()).gracePeriodSeconds(0).execute();
		}
	}

	@Test
	void closingAListingEndsItsWatchOnTheServer() throws Exception {
		ResourceQuery query = pods(Contexts.ADMIN);
		ResourcePage listed = engine.resources().refresh(query);
		LiveListingRecorder.until("no other namespaced pod watch of ours", () -> engine.live().statistics()
				.openStreams() == 0);
		double before = namespacedPodWatches();
		LiveListing live = engine.live().follow(query, listed, new LiveListingRecorder(listed));
		LiveListingRecorder.until("the watch on the server",
				() -> namespacedPodWatches() == before + 1 && engine.live().statistics().openStreams() == 1);
		live.close();
		LiveListingRecorder.until("the watch gone from the server",
				() -> namespacedPodWatches() == before && engine.live().statistics().openStreams() == 0);
		LiveStatistics statistics = engine.live().statistics();
		assertEquals(0, statistics.watching());
	}

	@Test
	void withKubectlListingsArePolled() throws Exception {
		try (Kube9Core viaKubectl = Kube9Core.create(Engines.settings(cluster.kubeconfigs().all())
				.withBackend(Backend.KUBECTL)
				.withCacheTimeToLive(Map.of(ResourceKinds.PODS.id(), Duration.ofSeconds(2))))) {
			ResourceQuery query = pods(Contexts.ADMIN);
			ResourcePage listed = viaKubectl.resources().list(query);
			LiveListingRecorder shown = new LiveListingRecorder(listed);
			try (LiveListing live = viaKubectl.live().follow(query, listed, shown)) {
				assertEquals(LiveListing.Mode.POLLING, live.mode());
				admin.createNamespacedPod(namespace.name(), pod("via-kubectl")).execute();
				shown.until("the pod, polled through kubectl", listing -> listing.item("via-kubectl") != null);
				assertEquals(0, viaKubectl.live().statistics().openStreams());
			} finally {
				admin.deleteNamespacedPod("via-kubectl", namespace.name()).gracePeriodSeconds(0).execute();
			}
		}
	}

	@Test
	void aStoppedApiServerShowsDisconnectedAndTheListingResyncsWhenItIsBack() throws Exception {
		ResourceQuery query = pods(Contexts.ADMIN);
		admin.createNamespacedPod(namespace.name(), pod("before-outage")).execute();
		ResourcePage listed = engine.resources().refresh(query);
		LiveListingRecorder shown = new LiveListingRecorder(listed);
		try (LiveListing live = engine.live().follow(query, listed, shown)) {
			LiveListingRecorder.until("the watch open", () -> engine.live().statistics().openStreams() == 1);
			boolean stopped = false;
			try {
				cluster.stopApiServer();
				stopped = true;
				LiveListingRecorder.until("disconnected", () -> engine.live().disconnected(Contexts.ADMIN));
				assertEquals(LiveListing.Mode.RECONNECTING, live.mode());
			} finally {
				if (stopped) {
					cluster.startApiServer();
				}
			}
			// Changed while the listing has not reconnected yet: only a relist can know.
			admin.createNamespacedPod(namespace.name(), pod("after-outage")).execute();
			admin.deleteNamespacedPod("before-outage", namespace.name()).gracePeriodSeconds(0).execute();
			LiveListingRecorder.until("connected again", () -> !engine.live().disconnected(Contexts.ADMIN)
					&& live.mode() == LiveListing.Mode.WATCHING);
			shown.until("what the server lists", listing -> listing.names().equals(serverPodNames()));
			admin.createNamespacedPod(namespace.name(), pod("after-reconnect")).execute();
			shown.until("a pod created after the reconnection", listing -> listing.item("after-reconnect") != null);
			assertEquals(serverPodNames(), shown.names(), "no duplicate, none missing");
		} finally {
			for (String name : List.of("after-outage", "after-reconnect")) {
				admin.deleteNamespacedPod(name, namespace.name()).gracePeriodSeconds(0).execute();
			}
		}
	}

	/** The namespace's pods as the server lists them now, by name, without those being deleted. */
	private static List<String> serverPodNames() {
		try {
			return admin.listNamespacedPod(namespace.name()).execute().getItems().stream()
					.map(pod -> pod.getMetadata().getName()).sorted().toList();
		} catch (io.kubernetes.client.openapi.ApiException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void watchesOfAClusterShareItsConnectionAndTheCapPollsTheOldest() throws Exception {
		int cap = 6;
		try (Kube9Core capped = Kube9Core.create(Engines.settings(cluster.kubeconfigs().all())
				.withLiveUpdates(true, cap))) {
			List<LiveListing> lives = new java.util.ArrayList<>();
			try {
				for (int i = 0; i < cap + 2; i++) {
					ResourceQuery query = pods(Contexts.ADMIN).withLabels("kube9-live-test=" + i);
					ResourcePage listed = capped.resources().list(query);
					lives.add(capped.live().follow(query, listed, new LiveListingRecorder(listed)));
				}
				LiveListingRecorder.until(cap + " watch streams open",
						() -> capped.live().statistics().openStreams() == cap);
				assertEquals(LiveListing.Mode.POLLING, lives.get(0).mode(), "the oldest beyond the cap");
				assertEquals(LiveListing.Mode.POLLING, lives.get(1).mode());
				assertEquals(LiveListing.Mode.WATCHING, lives.get(cap + 1).mode());
				LiveStatistics statistics = capped.live().statistics();
				assertEquals(cap, statistics.watching());
				assertEquals(2, statistics.polling());
				// HTTP/2: every stream and request of the cluster on one connection.
				assertEquals(1, capped.clients().connectionPool().connectionCount());
				System.out.println("LiveUpdatesTest: " + cap + " watches, 2 polled: " + statistics.readerThreads()
						+ " live threads, " + capped.clients().connectionPool().connectionCount() + " connection");
			} finally {
				lives.forEach(LiveListing::close);
			}
			LiveListingRecorder.until("no stream and, once idle, no thread left", () -> {
				LiveStatistics after = capped.live().statistics();
				return after.openStreams() == 0 && after.readerThreads() == 0 && after.watching() == 0
						&& after.polling() == 0;
			});
		}
	}

	private static ResourceQuery pods(String context) {
		return ResourceQuery.of(context, ResourceKinds.PODS).inNamespace(namespace.name()).withLimit(500);
	}

	/** RBAC takes a moment to reach the authorizer's cache. */
	private static ResourcePage awaitListable(ResourceQuery query) {
		ResourcePage[] page = new ResourcePage[1];
		LiveListingRecorder.until("the list-only role in effect", () -> {
			try {
				page[0] = engine.resources().refresh(query);
				return true;
			} catch (io.kube9.core.errors.KubeException e) {
				return false;
			}
		});
		return page[0];
	}

	private static V1Pod pod(String name) {
		return new V1Pod().metadata(new V1ObjectMeta().name(name).namespace(namespace.name()))
				.spec(new V1PodSpec().overhead(null).addContainersItem(new V1Container().name("main").image("busybox")));
	}

	/** The API server's own count of open WATCH requests on namespaced pods (ours: nobody else watches so). */
	private static double namespacedPodWatches() {
		try {
			ApiClient client = cluster.adminClient();
			try (Response response = client.getHttpClient()
					.newCall(new Request.Builder().url(client.getBasePath() + "/metrics").build()).execute()) {
				String text = response.body().string();
				double sum = 0;
				Matcher line = WATCH_METRIC.matcher(text);
				while (line.find()) {
					String labels = line.group(1);
					if (labels.contains("verb=\"WATCH\"") && labels.contains("resource=\"pods\"")
							&& labels.contains("scope=\"namespace\"")) {
						sum += Double.parseDouble(line.group(2));
					}
				}
				return sum;
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
