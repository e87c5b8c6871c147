package io.kube9.core.internal.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.errors.Errors;
import io.kube9.core.logs.LogTarget;
import io.kube9.core.resources.ResourceItem;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourceQuery;
import io.kube9.core.resources.ResourceRef;
import io.kube9.core.resources.ResourceService;

/**
 * Which containers a pod or a workload shows logs of: a pod's own (init, regular, ephemeral), a workload's pods'
 * found by its selector's labels.
 */
final class LogTargets {

	private final ResourceService resources;

	LogTargets(ResourceService resources) {
		this.resources = resources;
	}

	List<LogTarget> of(ResourceRef ref) throws KubeException {
		if (ref.kind().equals(ResourceKinds.PODS)) {
			return ofPod(resources.fetch(ref).asMap(), ref.namespace());
		}
		Map<String, Object> workload = resources.fetch(ref).asMap();
		String selector = labelSelector(workload);
		if (selector.isEmpty()) {
			throw Errors.of(ErrorKind.NOT_FOUND, ref.context(), NLS.bind(LogMessages.log_noSelector, ref.name()));
		}
		List<ResourceItem> pods = resources
				.refresh(ResourceQuery.of(ref.context(), ResourceKinds.PODS).inNamespace(ref.namespace())
						.withLabels(selector))
				.items();
		if (pods.isEmpty()) {
			throw Errors.of(ErrorKind.NOT_FOUND, ref.context(), NLS.bind(LogMessages.log_noPod, ref.name()));
		}
		List<LogTarget> targets = new ArrayList<>();
		for (ResourceItem pod : pods) {
			ResourceRef podRef = new ResourceRef(ref.context(), ResourceKinds.PODS, pod.namespace(), pod.name());
			targets.addAll(ofPod(resources.fetch(podRef).asMap(), pod.namespace()));
		}
		return targets;
	}

	static List<LogTarget> ofPod(Map<String, Object> pod, String namespace) {
		String name = String.valueOf(map(pod, "metadata").get("name")); //$NON-NLS-1$ //$NON-NLS-2$
		Map<String, Object> spec = map(pod, "spec"); //$NON-NLS-1$
		Map<String, Object> status = map(pod, "status"); //$NON-NLS-1$
		List<LogTarget> targets = new ArrayList<>();
		add(targets, namespace, name, spec.get("initContainers"), status.get("initContainerStatuses"), //$NON-NLS-1$ //$NON-NLS-2$
				LogTarget.Role.INIT);
		add(targets, namespace, name, spec.get("containers"), status.get("containerStatuses"), //$NON-NLS-1$ //$NON-NLS-2$
				LogTarget.Role.CONTAINER);
		add(targets, namespace, name, spec.get("ephemeralContainers"), status.get("ephemeralContainerStatuses"), //$NON-NLS-1$ //$NON-NLS-2$
				LogTarget.Role.EPHEMERAL);
		return targets;
	}

	private static void add(List<LogTarget> targets, String namespace, String pod, Object containers,
			Object statuses, LogTarget.Role role) {
		if (!(containers instanceof List<?> list)) {
			return;
		}
		Map<String, Integer> restarts = statuses instanceof List<?> all ? all.stream()
				.filter(Map.class::isInstance).map(Map.class::cast)
				.collect(Collectors.toMap(s -> String.valueOf(s.get("name")), LogTargets::restartCount, (a, b) -> a)) //$NON-NLS-1$
				: Map.of();
		for (Object container : list) {
			if (container instanceof Map<?, ?> entry && entry.get("name") != null) { //$NON-NLS-1$
				String name = entry.get("name").toString(); //$NON-NLS-1$
				targets.add(new LogTarget(namespace, pod, name, role, restarts.getOrDefault(name, 0)));
			}
		}
	}

	private static int restartCount(Map<?, ?> status) {
		return status.get("restartCount") instanceof Number n ? n.intValue() : 0; //$NON-NLS-1$
	}

	/** matchLabels as "k=v,k=v" (matchExpressions are left to the labels the workload's pods also carry). */
	static String labelSelector(Map<String, Object> workload) {
		Object labels = map(map(workload, "spec"), "selector").get("matchLabels"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (!(labels instanceof Map<?, ?> matchLabels)) {
			return ""; //$NON-NLS-1$
		}
		return matchLabels.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted() //$NON-NLS-1$
				.collect(Collectors.joining(",")); //$NON-NLS-1$
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Map<String, Object> parent, String key) {
		Object value = parent.get(key);
		return value instanceof Map<?, ?> ? (Map<String, Object>) value : Map.of();
	}
}
