package io.kube9.core.internal.forward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.resources.ResourceItem;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourceObject;
import io.kube9.core.resources.ResourcePage;
import io.kube9.core.resources.ResourceQuery;
import io.kube9.core.resources.ResourceRef;
import io.kube9.core.resources.ResourceService;

/** How a Service's port maps to a ready pod's port (logic only; the real cluster's case is PortForwardTest). */
class ForwardTargetsTest {

	private static final ResourceRef SERVICE = new ResourceRef("c", ResourceKinds.SERVICES, "ns", "api");

	@Test
	void aNamedTargetPortIsTheReadyPodsContainerPortOfThatName() throws Exception {
		ForwardTargets targets = new ForwardTargets(resources(service("http"),
				Map.of("api-0", pod(false, 9000), "api-1", pod(true, 9000))));

		ForwardTargets.Target target = targets.resolve(SERVICE, 80);

		assertEquals(new ForwardTargets.Target("ns", "api-1", 9000, "api"), target);
		assertEquals(List.of(80), targets.ports(SERVICE));
	}

	@Test
	void aNumericTargetPortIsTakenAsItIs() throws Exception {
		ForwardTargets targets = new ForwardTargets(resources(service(8080.0), Map.of("api-0", pod(true, 9000))));

		assertEquals(8080, targets.resolve(SERVICE, 80).podPort());
	}

	@Test
	void noReadyPodAndAnUnknownPortSaySo() {
		ForwardTargets targets = new ForwardTargets(resources(service("http"), Map.of("api-0", pod(false, 9000))));

		KubeException noPod = assertThrows(KubeException.class, () -> targets.resolve(SERVICE, 80));
		assertEquals(ErrorKind.NOT_FOUND, noPod.kind());
		assertEquals("No ready pod behind Service api", noPod.detail());
		KubeException noPort = assertThrows(KubeException.class, () -> targets.resolve(SERVICE, 443));
		assertEquals("Service api has no port 443", noPort.detail());
	}

	@Test
	void aTerminatingPodIsPassedOverAndTheServiceWaitsWhenNoneIsLeft() throws Exception {
		Map<String, Object> terminating = new java.util.HashMap<>(pod(true, 9000));
		terminating.put("metadata", Map.of("deletionTimestamp", "2026-12-02T10:00:00Z"));
		ForwardTargets targets = new ForwardTargets(resources(service("http"),
				Map.of("api-0", terminating, "api-1", pod(true, 9001))));
		assertEquals("api-1", targets.resolve(SERVICE, 80).pod());

		ForwardTargets alone = new ForwardTargets(resources(service("http"), Map.of("api-0", terminating)));
		assertEquals(java.util.Optional.empty(), alone.readyTarget(SERVICE, 80));
		assertEquals(ForwardTargets.PodState.NOT_READY, alone.podState("c", "ns", "api-0"));
	}

	private static Map<String, Object> service(Object targetPort) {
		return Map.of("spec", Map.of("selector", Map.of("app", "api"), "ports",
				List.of(Map.of("name", "main", "port", 80.0, "targetPort", targetPort))));
	}

	private static Map<String, Object> pod(boolean ready, int httpPort) {
		return Map.of("spec", Map.of("containers", List.of(Map.of("name", "api", "ports",
				List.of(Map.of("name", "metrics", "containerPort", 9100.0),
						Map.of("name", "http", "containerPort", (double) httpPort))))),
				"status", Map.of("conditions", List.of(Map.of("type", "Ready", "status", ready ? "True" : "False"))));
	}

	/** Answers fetch (the service and the pods by name) and refresh (the pods, in name order); nothing else. */
	private static ResourceService resources(Map<String, Object> service, Map<String, Map<String, Object>> pods) {
		return (ResourceService) Proxy.newProxyInstance(ResourceService.class.getClassLoader(),
				new Class<?>[] { ResourceService.class }, (proxy, method, arguments) -> switch (method.getName()) {
				case "fetch" -> {
					ResourceRef ref = (ResourceRef) arguments[0];
					yield object(ref, ref.kind().equals(ResourceKinds.SERVICES) ? service : pods.get(ref.name()));
				}
				case "refresh" -> {
					assertEquals("app=api", ((ResourceQuery) arguments[0]).labelSelector());
					yield new ResourcePage(pods.keySet().stream().sorted()
							.map(name -> new ResourceItem(name, "ns", name, Instant.EPOCH, Map.of(), "", ResourceItem.Health.OK))
							.toList(), "", 0, Instant.EPOCH, ResourcePage.KUBECTL);
				}
				default -> throw new UnsupportedOperationException(method.getName());
				});
	}

	private static ResourceObject object(ResourceRef ref, Map<String, Object> content) {
		return (ResourceObject) Proxy.newProxyInstance(ResourceObject.class.getClassLoader(),
				new Class<?>[] { ResourceObject.class }, (proxy, method, arguments) -> switch (method.getName()) {
				case "asMap" -> content;
				case "ref" -> ref;
				default -> throw new UnsupportedOperationException(method.getName());
				});
	}
}
