package io.kube9.ui.tests;

import static io.kube9.ui.tests.ClusterNodes.category;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.kube9.core.Backend;
import io.kube9.core.Kube9Core;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.resources.Category;
import io.kube9.core.resources.ResourcePage;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.TemporaryNamespace;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kube9.tests.cluster.support.Conditions;
import io.kube9.tests.cluster.support.StallWatchdog;
import io.kube9.ui.internal.Messages;
import io.kube9.ui.internal.model.ListingSource;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.ErrorNode;
import io.kube9.ui.internal.tree.EventsNode;
import io.kube9.ui.internal.tree.ResourceNode;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.apis.RbacAuthorizationV1Api;
import io.kubernetes.client.openapi.models.CoreV1Event;
import io.kubernetes.client.openapi.models.V1ClusterRole;
import io.kubernetes.client.openapi.models.V1ClusterRoleBinding;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1ObjectReference;
import io.kubernetes.client.openapi.models.V1PolicyRule;
import io.kubernetes.client.openapi.models.V1RoleRef;
import io.kubernetes.client.openapi.models.RbacV1Subject;

/**
 * Each namespace has an Events item listing its events newest first, warnings marked, kept current by its watch;
 * with the kubectl backend too, and 'Permission denied' where events may not be read.
 */
@WithTestCluster
class EventsTreeTest {

	private static final ClusterNode ADMIN = new ClusterNode(Contexts.ADMIN);
	private static final ClusterNode RESTRICTED = new ClusterNode(Contexts.RESTRICTED);

	@Test
	void aWarningShowsFirstAndMarkedAndNewerEventsArriveAboveIt(TestCluster cluster) throws Exception {
		CoreV1Api api = new CoreV1Api(cluster.adminClient());
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
		try (TemporaryNamespace namespace = cluster.temporaryNamespace("events");
				ExplorerFixture explorer = ExplorerFixture.open(cluster.kubeconfigs().all())) {
			api.createNamespacedEvent(namespace.name(), event(namespace.name(), "a-earlier", "Normal", "Pulled",
					"Successfully pulled image", now.minusMinutes(10), 1)).execute();
			api.createNamespacedEvent(namespace.name(), event(namespace.name(), "b-warning", "Warning", "BackOff",
					"Back-off restarting failed container main in pod web-1", now.minusMinutes(1), 2)).execute();
			EventsNode events = expandEvents(explorer, ADMIN, namespace.name());
			List<Object> shown = explorer.expand(events);
			assertEquals(List.of("b-warning", "a-earlier"), names(shown), "newest first, whatever the names");

			ResourceNode warning = (ResourceNode) shown.get(0);
			String text = explorer.item(warning).getText();
			assertTrue(text.startsWith("BackOff Pod/web-1"), text);
			assertTrue(text.contains(Messages.event_warning) && text.contains("Back-off restarting")
					&& text.contains("\u00d72") && text.contains(" ago"), text);
			String normal = explorer.item(shown.get(1)).getText();
			assertFalse(normal.contains(Messages.event_warning) || normal.contains("\u00d7"), normal);
			assertNotSame(explorer.item(warning).getImage(), explorer.item(shown.get(1)).getImage(),
					"the warning's icon is another");

			UiWait.until("the listing watched", () -> explorer.model().liveListings() >= 1);
			int loads = explorer.model().loadCount(events);
			StallWatchdog watchdog = explorer.watchStalls();
			api.createNamespacedEvent(namespace.name(), event(namespace.name(), "m-newer", "Normal", "Started",
					"Started container main", now, 1)).execute();
			UiWait.until("the newer event above the warning", () -> !explorer.isLoading(events)
					&& names(explorer.shown(events)).equals(List.of("m-newer", "b-warning", "a-earlier")));

			// The warning happens again: it moves to the top, and says how often.
			CoreV1Event again = api.readNamespacedEvent("b-warning", namespace.name()).execute();
			again.setLastTimestamp(now.plusMinutes(1));
			again.setCount(3);
			api.replaceNamespacedEvent("b-warning", namespace.name(), again).execute();
			UiWait.until("the warning on top again", () -> !explorer.isLoading(events)
					&& names(explorer.shown(events)).equals(List.of("b-warning", "m-newer", "a-earlier"))
					&& explorer.item(explorer.shown(events).get(0)).getText().contains("\u00d73"));
			assertEquals(loads, explorer.model().loadCount(events), "kept current by the watch, not reloaded");
			watchdog.assertNoStallLongerThanOnThisMachine(KubeconfigStatesTest.STALL_LIMIT);
		}
	}

	/** A namespace deleted while its Events show: its row goes, and the watch of its events with it. */
	@Test
	void aDeletedNamespacesEventsAreNoLongerWatched(TestCluster cluster) throws Exception {
		CoreV1Api api = new CoreV1Api(cluster.adminClient());
		String name = "kube9-events-gone-" + Long.toString(System.nanoTime() % 1_000_000, 36);
		api.createNamespace(new V1Namespace().metadata(new V1ObjectMeta().name(name))).execute();
		try (ExplorerFixture explorer = ExplorerFixture.open(cluster.kubeconfigs().all())) {
			EventsNode events = expandEvents(explorer, ADMIN, name);
			explorer.expand(events);
			UiWait.until("the namespaces and the events watched", () -> explorer.model().liveListings() >= 2);
			int watched = explorer.model().liveListings();

			api.deleteNamespace(name).execute();
			UiWait.until("the namespace's row gone", () -> !names(
					explorer.shown(category(ADMIN, Category.NAMESPACES))).contains(name));
			UiWait.until("its events no longer watched", () -> explorer.model().liveListings() == watched - 1);
		} finally {
			try {
				api.deleteNamespace(name).execute();
			} catch (ApiException e) {
				// Deleted by the test, as it should have been.
			}
		}
	}

	@Test
	void theKubectlBackendListsThemTheSameWay(TestCluster cluster) throws Exception {
		CoreV1Api api = new CoreV1Api(cluster.adminClient());
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
		try (TemporaryNamespace namespace = cluster.temporaryNamespace("events-kubectl");
				ExplorerFixture explorer = ExplorerFixture.open(List.of(cluster.kubeconfigs().all()),
						Kube9Core.get().settings().withBackend(Backend.KUBECTL))) {
			api.createNamespacedEvent(namespace.name(), event(namespace.name(), "b-old", "Normal", "Pulled", "pulled",
					now.minusMinutes(5), 1)).execute();
			api.createNamespacedEvent(namespace.name(), event(namespace.name(), "c-warning", "Warning", "Failed",
					"Error: ImagePullBackOff", now, 4)).execute();
			EventsNode events = expandEvents(explorer, ADMIN, namespace.name());
			List<Object> shown = explorer.expand(events);
			assertEquals(List.of("c-warning", "b-old"), names(shown));
			assertEquals(ResourcePage.KUBECTL, explorer.model().source(events).map(ListingSource::backend).orElse(""));
			String text = explorer.item(shown.get(0)).getText();
			assertTrue(text.startsWith("Failed Pod/web-1") && text.contains(Messages.event_warning)
					&& text.contains("\u00d74"), text);
		}
	}

	@Test
	void eventsNobodyMayReadSayPermissionDenied(TestCluster cluster) throws Exception {
		// The restricted user may list namespaces (granted here), not the events in them.
		RbacAuthorizationV1Api rbac = new RbacAuthorizationV1Api(cluster.adminClient());
		String name = "kube9-test-events-namespaces-reader";
		rbac.createClusterRole(new V1ClusterRole().metadata(new V1ObjectMeta().name(name))
				.addRulesItem(new V1PolicyRule().addApiGroupsItem("").addResourcesItem("namespaces")
						.verbs(List.of("get", "list", "watch")))).execute();
		try (TemporaryNamespace namespace = cluster.temporaryNamespace("events-denied")) {
			rbac.createClusterRoleBinding(new V1ClusterRoleBinding().metadata(new V1ObjectMeta().name(name))
					.roleRef(new V1RoleRef().apiGroup("rbac.authorization.k8s.io").kind("ClusterRole").name(name))
					.addSubjectsItem(new RbacV1Subject().apiGroup("rbac.authorization.k8s.io").kind("User")
							.name(Contexts.RESTRICTED_USER))).execute();
			CoreV1Api restricted = new CoreV1Api(cluster.client(Contexts.RESTRICTED));
			Conditions.await("the grant in force", Duration.ofSeconds(30), () -> {
				try {
					restricted.listNamespace().limit(1).execute();
					return true;
				} catch (ApiException e) {
					return false;
				}
			});
			try (ExplorerFixture explorer = ExplorerFixture.open(cluster.kubeconfigs().all())) {
				EventsNode events = expandEvents(explorer, RESTRICTED, namespace.name());
				ErrorNode error = ClusterNodes.onlyError(explorer.expand(events));
				assertEquals(ErrorKind.PERMISSION, error.failure().kind());
				assertTrue(explorer.item(error).getText().contains("Permission denied"), explorer.item(error).getText());
			}
		} finally {
			deleteQuietly(() -> rbac.deleteClusterRoleBinding(name).execute());
			deleteQuietly(() -> rbac.deleteClusterRole(name).execute());
		}
	}

	/** Expands the cluster, its Namespaces and the namespace: its one child is Events. */
	private static EventsNode expandEvents(ExplorerFixture explorer, ClusterNode cluster, String namespace) {
		explorer.clusters(Contexts.ALL.size());
		explorer.expand(cluster);
		List<Object> namespaces = explorer.expand(category(cluster, Category.NAMESPACES));
		ResourceNode node = ClusterNodes.named(namespaces, namespace);
		List<Object> children = explorer.expand(node);
		assertEquals(1, children.size(), children.toString());
		EventsNode events = assertInstanceOf(EventsNode.class, children.get(0));
		assertEquals(Messages.node_events, explorer.item(events).getText());
		return events;
	}

	private static CoreV1Event event(String namespace, String name, String type, String reason, String message,
			OffsetDateTime last, int count) {
		return new CoreV1Event().metadata(new V1ObjectMeta().name(name).namespace(namespace))
				.involvedObject(new V1ObjectReference().kind("Pod").name("web-1").namespace(namespace))
				.type(type).reason(reason).message(message).count(count)
				.firstTimestamp(last.minusMinutes(count - 1L)).lastTimestamp(last);
	}

	private static List<String> names(List<Object> shown) {
		return shown.stream().filter(ResourceNode.class::isInstance).map(node -> ((ResourceNode) node).name()).toList();
	}

	private interface Step {
		void run() throws Exception;
	}

	private static void deleteQuietly(Step step) {
		try {
			step.run();
		} catch (Exception e) {
			// Gone already, or the cluster stopped: nothing to clean up.
		}
	}
}
