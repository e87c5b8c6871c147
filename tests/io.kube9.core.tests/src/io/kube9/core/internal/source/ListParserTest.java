package io.kube9.core.internal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.kube9.core.resources.ResourceItem;
import io.kube9.core.resources.ResourceItem.Health;
import io.kube9.core.resources.ResourceKind;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourcePage;

class ListParserTest {

	private static final String PODS = """
			{"kind":"PodList","apiVersion":"v1",
			 "metadata":{"resourceVersion":"42","continue":"next-page","remainingItemCount":7},
			 "items":[
			  {"metadata":{"name":"web-1","namespace":"shop","uid":"u1","creationTimestamp":"2026-11-01T10:00:00Z",
			    "labels":{"app":"web"},"annotations":{"huge":"x"},
			    "managedFields":[{"manager":"kubectl","fieldsV1":{"f:spec":{}}}]},
			   "spec":{"nodeName":"node-1","containers":[{"name":"c","image":"nginx","env":[{"name":"A","value":"1"}]}]},
			   "status":{"phase":"Running","containerStatuses":[
			     {"name":"c","ready":true,"restartCount":0,"state":{"running":{}}},
			     {"name":"d","ready":true,"restartCount":3,"state":{"running":{}}}]}},
			  {"metadata":{"name":"crash","namespace":"shop","uid":"u2","creationTimestamp":"2026-11-01T10:00:00Z"},
			   "status":{"phase":"Running","containerStatuses":[
			     {"name":"c","ready":false,"restartCount":12,"state":{"waiting":{"reason":"CrashLoopBackOff"}}}]}},
			  {"metadata":{"name":"waiting","namespace":"shop","uid":"u3"},"status":{"phase":"Pending"}},
			  {"metadata":{"name":"done","namespace":"jobs","uid":"u4"},"status":{"phase":"Succeeded",
			    "containerStatuses":[{"ready":false,"restartCount":0,"state":{"terminated":{"reason":"Completed"}}}]}}
			 ]}
			""";

	@Test
	void readsItemsAndTheContinueToken() throws IOException {
		ResourcePage page = ListParser.parse(ResourceKinds.PODS, new StringReader(PODS), "test");
		assertEquals(4, page.items().size());
		assertEquals("next-page", page.continueToken());
		assertEquals(7, page.remainingCount());
		assertTrue(page.hasMore());
		ResourceItem web = page.items().get(0);
		assertEquals("web-1", web.name());
		assertEquals("shop", web.namespace());
		assertEquals("u1", web.uid());
		assertEquals(Instant.parse("2026-11-01T10:00:00Z"), web.created());
		assertEquals(Map.of("app", "web"), web.labels());
	}

	@Test
	void summarisesPods() throws IOException {
		ResourcePage page = ListParser.parse(ResourceKinds.PODS, new StringReader(PODS), "test");
		assertEquals("Running 2/2, 3 restarts", page.items().get(0).status());
		assertEquals(Health.OK, page.items().get(0).health());
		assertEquals("CrashLoopBackOff 0/1, 12 restarts", page.items().get(1).status());
		assertEquals(Health.ERROR, page.items().get(1).health());
		assertEquals("Pending", page.items().get(2).status());
		assertEquals(Health.WARNING, page.items().get(2).health());
		assertEquals("Succeeded 0/1", page.items().get(3).status());
		assertEquals(Health.OK, page.items().get(3).health());
	}

	@Test
	void summarisesWorkloadsNodesAndServices() throws IOException {
		String deployments = """
				{"items":[{"metadata":{"name":"web","namespace":"shop"},"spec":{"replicas":3,"template":{"spec":{}}},
				  "status":{"readyReplicas":2}},
				 {"metadata":{"name":"down","namespace":"shop"},"spec":{"replicas":2},"status":{}}]}""";
		ResourcePage page = ListParser.parse(ResourceKinds.DEPLOYMENTS, new StringReader(deployments), "t");
		assertEquals("2/3 ready", page.items().get(0).status());
		assertEquals(Health.WARNING, page.items().get(0).health());
		assertEquals(Health.ERROR, page.items().get(1).health());

		String nodes = """
				{"items":[{"metadata":{"name":"n1"},"status":{"conditions":[{"type":"Ready","status":"True"}],
				  "nodeInfo":{"kubeletVersion":"v1.36.3"}}},
				 {"metadata":{"name":"n2"},"spec":{"unschedulable":true},
				  "status":{"conditions":[{"type":"Ready","status":"False"}]}}]}""";
		page = ListParser.parse(ResourceKinds.NODES, new StringReader(nodes), "t");
		assertEquals("Ready v1.36.3", page.items().get(0).status());
		assertEquals(Health.OK, page.items().get(0).health());
		assertEquals("NotReady,SchedulingDisabled", page.items().get(1).status());
		assertEquals(Health.ERROR, page.items().get(1).health());
		assertNull(page.items().get(0).namespace());

		String services = """
				{"items":[{"metadata":{"name":"web","namespace":"shop"},
				  "spec":{"type":"NodePort","clusterIP":"10.0.0.7","ports":[{"port":80,"protocol":"TCP"},{"port":53,"protocol":"UDP"}]}}]}""";
		page = ListParser.parse(ResourceKinds.SERVICES, new StringReader(services), "t");
		assertEquals("NodePort 10.0.0.7 80/TCP,53/UDP", page.items().get(0).status());
	}

	@Test
	void readsKubectlsListWithoutMetadata() throws IOException {
		ResourcePage page = ListParser.parse(ResourceKinds.NAMESPACES, new StringReader("""
				{"apiVersion":"v1","kind":"List","items":[{"metadata":{"name":"default"},"status":{"phase":"Active"}}]}"""),
				"kubectl");
		assertEquals(1, page.items().size());
		assertEquals("Active", page.items().get(0).status());
		assertTrue(page.continueToken().isEmpty());
		assertEquals(-1, page.remainingCount());
	}

	@Test
	void readsTheKindACustomResourceDefinitionServes() throws IOException {
		ResourcePage page = ListParser.parse(ResourceKinds.CUSTOM_RESOURCE_DEFINITIONS, new StringReader("""
				{"items":[
				 {"metadata":{"name":"applications.argoproj.io"},"spec":{"group":"argoproj.io","scope":"Namespaced",
				   "names":{"plural":"applications","kind":"Application"},
				   "versions":[{"name":"v1beta1","served":true,"storage":false,"schema":{"x":1}},
				     {"name":"v1alpha1","served":true,"storage":true}]}},
				 {"metadata":{"name":"widgets.example.com"},"spec":{"group":"example.com","scope":"Cluster",
				   "names":{"plural":"widgets","kind":"Widget"},"versions":[{"name":"v1","served":true}]}},
				 {"metadata":{"name":"broken.example.com"},"spec":{}}]}"""), "t");
		assertEquals("Application argoproj.io/v1alpha1 Namespaced", page.items().get(0).status());
		assertEquals(Optional.of(ResourceKinds.custom("argoproj.io", "v1alpha1", "applications", "Application", true)),
				ResourceKinds.definedBy(page.items().get(0)));
		ResourceKind widgets = ResourceKinds.definedBy(page.items().get(1)).orElseThrow();
		assertEquals("widgets.example.com", widgets.id());
		assertEquals("/apis/example.com/v1/widgets", widgets.collectionPath("ignored"));
		assertTrue(ResourceKinds.definedBy(page.items().get(2)).isEmpty());
	}

	@Test
	void rejectsWhatIsNotAList() {
		assertThrows(IOException.class, () -> ListParser.parse(ResourceKinds.PODS, new StringReader("[1,2]"), "t"));
		assertThrows(IOException.class,
				() -> ListParser.parse(ResourceKinds.PODS, new StringReader("{\"items\":[{\"a\":"), "t"));
	}
}
