package io.kube9.core.internal.forward;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.errors.Errors;
import io.kube9.core.resources.ResourceItem;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourceQuery;
import io.kube9.core.resources.ResourceRef;
import io.kube9.core.resources.ResourceService;

/**
 * Which pod and port a forward goes to: a pod's own port, or for a Service a ready pod it selects, the Service's
 * port mapped through its targetPort (a number, or a container port's name) to the container port.
 */
final class ForwardTargets {

	/** Where a forward goes. */
	record Target(String namespace, String pod, int podPort, String service) {
	}

	private final ResourceService resources;

	ForwardTargets(ResourceService resources) {
		this.resources = resources;
	}

	List<Integer> ports(ResourceRef ref) throws KubeException {
		Map<String, Object> object = resources.fetch(ref).asMap();
		if (ref.kind().equals(ResourceKinds.SERVICES)) {
			return list(map(object, "spec").get("ports")).stream().map(port -> number(port.get("port"))) //$NON-NLS-1$ //$NON-NLS-2$
					.filter(port -> port > 0).toList();
		}
		return containerPorts(object).stream().map(port -> number(port.get("containerPort"))) //$NON-NLS-1$
				.filter(port -> port > 0).distinct().toList();
	}

	/** How a forward's pod stands, for a Service-backed forward: whether the Service would still send to it. */
	enum PodState {
		READY, NOT_READY, GONE
	}

	/** The pod itself for a pod; for a Service a ready pod behind it, or a failure that says there is none. */
	Target resolve(ResourceRef ref, int port) throws KubeException {
		if (!ref.kind().equals(ResourceKinds.SERVICES)) {
			return new Target(ref.namespace(), ref.name(), port, null);
		}
		return readyTarget(ref, port)
				.orElseThrow(() -> Errors.of(ErrorKind.NOT_FOUND, ref.context(), NLS.bind(ForwardMessages.noReadyPod, ref.name())));
	}

	/**
	 * A ready pod behind the Service and its port, or empty while it has none; a Service that is gone, has no
	 * such port or no selector throws (NOT_FOUND), as does a failure to ask.
	 */
	Optional<Target> readyTarget(ResourceRef service, int port) throws KubeException {
		Map<String, Object> spec = map(resources.fetch(service).asMap(), "spec"); //$NON-NLS-1$
		Map<String, Object> servicePort = list(spec.get("ports")).stream() //$NON-NLS-1$
				.filter(entry -> number(entry.get("port")) == port).findFirst() //$NON-NLS-1$
				.orElseThrow(() -> Errors.of(ErrorKind.NOT_FOUND, service.context(),
						NLS.bind(ForwardMessages.noServicePort, service.name(), port)));
		Map<String, Object> selector = map(spec, "selector"); //$NON-NLS-1$
		if (selector.isEmpty()) {
			throw Errors.of(ErrorKind.NOT_FOUND, service.context(), NLS.bind(ForwardMessages.noSelector, service.name()));
		}
		String labels = selector.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue()) //$NON-NLS-1$
				.sorted().collect(Collectors.joining(",")); //$NON-NLS-1$
		List<ResourceItem> pods = resources.refresh(ResourceQuery.of(service.context(), ResourceKinds.PODS)
				.inNamespace(service.namespace()).withLabels(labels)).items();
		Object targetPort = servicePort.getOrDefault("targetPort", port); //$NON-NLS-1$
		for (ResourceItem item : pods) {
			Map<String, Object> pod = pod(service.context(), item);
			if (pod != null && isReady(pod)) {
				Optional<Integer> podPort = podPort(pod, targetPort);
				if (podPort.isPresent()) {
					return Optional.of(new Target(item.namespace(), item.name(), podPort.get(), service.name()));
				}
			}
		}
		return Optional.empty();
	}

	/** The listed pod as it is now, or null when it is gone since. */
	private Map<String, Object> pod(String context, ResourceItem item) throws KubeException {
		try {
			return resources.fetch(new ResourceRef(context, ResourceKinds.PODS, item.namespace(), item.name())).asMap();
		} catch (KubeException e) {
			if (e.kind() == ErrorKind.NOT_FOUND) {
				return null;
			}
			throw e;
		}
	}

	/** Whether the pod still exists; other failures (a network blip) throw, and say nothing about the pod. */
	boolean podExists(String context, String namespace, String pod) throws KubeException {
		return podState(context, namespace, pod) != PodState.GONE;
	}

	/** Gone, or there and ready (not terminating) or not; other failures throw, and say nothing about the pod. */
	PodState podState(String context, String namespace, String pod) throws KubeException {
		try {
			return isReady(resources.fetch(new ResourceRef(context, ResourceKinds.PODS, namespace, pod)).asMap())
					? PodState.READY
					: PodState.NOT_READY;
		} catch (KubeException e) {
			if (e.kind() == ErrorKind.NOT_FOUND) {
				return PodState.GONE;
			}
			throw e;
		}
	}

	/** A number as it is, a name through the pod's container ports. */
	private static Optional<Integer> podPort(Map<String, Object> pod, Object targetPort) {
		int number = number(targetPort);
		if (number > 0) {
			return Optional.of(number);
		}
		String name = String.valueOf(targetPort);
		return containerPorts(pod).stream().filter(port -> name.equals(port.get("name"))) //$NON-NLS-1$
				.map(port -> number(port.get("containerPort"))).filter(port -> port > 0).findFirst(); //$NON-NLS-1$
	}

	/** Ready and not terminating: a pod being deleted leaves its Service's endpoints at once. */
	private static boolean isReady(Map<String, Object> pod) {
		return map(pod, "metadata").get("deletionTimestamp") == null //$NON-NLS-1$ //$NON-NLS-2$
				&& list(map(pod, "status").get("conditions")).stream() //$NON-NLS-1$ //$NON-NLS-2$
				.anyMatch(condition -> "Ready".equals(condition.get("type")) //$NON-NLS-1$ //$NON-NLS-2$
						&& "True".equals(condition.get("status"))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static List<Map<String, Object>> containerPorts(Map<String, Object> pod) {
		List<Map<String, Object>> ports = new ArrayList<>();
		for (Map<String, Object> container : list(map(pod, "spec").get("containers"))) { //$NON-NLS-1$ //$NON-NLS-2$
			ports.addAll(list(container.get("ports"))); //$NON-NLS-1$
		}
		return ports;
	}

	/** JSON numbers arrive as doubles, strings of digits count as numbers; anything else is 0. */
	private static int number(Object value) {
		if (value instanceof Number number) {
			return number.intValue();
		}
		if (value instanceof String text && text.matches("\\d{1,5}")) { //$NON-NLS-1$
			return Integer.parseInt(text);
		}
		return 0;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Map<String, Object> object, String key) {
		return object.get(key) instanceof Map<?, ?> value ? (Map<String, Object>) value : Map.of();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		if (!(value instanceof List<?> entries)) {
			return List.of();
		}
		return entries.stream().filter(Map.class::isInstance).map(entry -> (Map<String, Object>) entry).toList();
	}
}
