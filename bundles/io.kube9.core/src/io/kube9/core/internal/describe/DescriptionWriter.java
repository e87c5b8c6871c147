package io.kube9.core.internal.describe;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import io.kube9.core.resources.EventFacts;
import io.kube9.core.resources.ResourceRef;

/**
 * Writes an object's description as kubectl describe lays it out: aligned fields, then sections (conditions,
 * containers, volumes, events). Only what the object says; nothing secret (its values arrive masked, and the
 * last-applied annotation, which may hold them, is named but not shown).
 */
final class DescriptionWriter {

	private static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration"; //$NON-NLS-1$
	private static final int LABEL_WIDTH = 18;

	private final ResourceRef ref;
	private final Map<String, Object> object;
	private final List<EventLines.Event> events;
	private final StringBuilder text = new StringBuilder();

	DescriptionWriter(ResourceRef ref, Map<String, Object> object, List<EventLines.Event> events) {
		this.ref = ref;
		this.object = object;
		this.events = events;
	}

	String write() {
		Map<String, Object> metadata = map(object, "metadata"); //$NON-NLS-1$
		Map<String, Object> spec = map(object, "spec"); //$NON-NLS-1$
		Map<String, Object> status = map(object, "status"); //$NON-NLS-1$
		field(DescribeMessages.name, ref.name());
		if (ref.namespace() != null) {
			field(DescribeMessages.namespace, ref.namespace());
		}
		field(DescribeMessages.kind, ref.kind().kind());
		field(DescribeMessages.created, text(metadata, "creationTimestamp")); //$NON-NLS-1$
		field(DescribeMessages.labels, pairs(map(metadata, "labels"))); //$NON-NLS-1$
		field(DescribeMessages.annotations, annotations(map(metadata, "annotations"))); //$NON-NLS-1$
		for (Map<String, Object> owner : maps(metadata.get("ownerReferences"))) { //$NON-NLS-1$
			field(DescribeMessages.controlledBy, text(owner, "kind") + "/" + text(owner, "name")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		field(DescribeMessages.phase, text(status, "phase")); //$NON-NLS-1$
		field(DescribeMessages.node, text(spec, "nodeName")); //$NON-NLS-1$
		field(DescribeMessages.ip, text(status, "podIP")); //$NON-NLS-1$
		if (spec.get("replicas") != null) { //$NON-NLS-1$
			field(DescribeMessages.replicas, NLS.bind(DescribeMessages.replicasValue, new Object[] {
					text(spec, "replicas"), number(status, "readyReplicas"), number(status, "availableReplicas") })); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		conditions(maps(status.get("conditions"))); //$NON-NLS-1$
		containers(DescribeMessages.initContainers, maps(spec.get("initContainers")), //$NON-NLS-1$
				maps(status.get("initContainerStatuses"))); //$NON-NLS-1$
		containers(DescribeMessages.containers, maps(spec.get("containers")), maps(status.get("containerStatuses"))); //$NON-NLS-1$ //$NON-NLS-2$
		volumes(maps(spec.get("volumes"))); //$NON-NLS-1$
		events();
		return text.toString();
	}

	private void conditions(List<Map<String, Object>> conditions) {
		if (conditions.isEmpty()) {
			return;
		}
		section(DescribeMessages.conditions);
		for (Map<String, Object> condition : conditions) {
			String reason = text(condition, "reason"); //$NON-NLS-1$
			line(2, text(condition, "type") + " " + text(condition, "status") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ (reason.isEmpty() ? "" : " (" + reason + ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	private void containers(String title, List<Map<String, Object>> containers, List<Map<String, Object>> statuses) {
		if (containers.isEmpty()) {
			return;
		}
		section(title);
		for (Map<String, Object> container : containers) {
			String name = text(container, "name"); //$NON-NLS-1$
			Map<String, Object> status = statuses.stream().filter(s -> name.equals(text(s, "name"))).findFirst() //$NON-NLS-1$
					.orElse(Map.of());
			line(2, name + ":"); //$NON-NLS-1$
			line(4, NLS.bind(DescribeMessages.image, text(container, "image"))); //$NON-NLS-1$
			String ports = maps(container.get("ports")).stream() //$NON-NLS-1$
					.map(port -> text(port, "containerPort") + "/" + text(port, "protocol")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.collect(Collectors.joining(", ")); //$NON-NLS-1$
			if (!ports.isEmpty()) {
				line(4, NLS.bind(DescribeMessages.ports, ports));
			}
			if (!status.isEmpty()) {
				line(4, NLS.bind(DescribeMessages.state, state(map(status, "state")))); //$NON-NLS-1$
				Map<String, Object> last = map(status, "lastState"); //$NON-NLS-1$
				if (!last.isEmpty()) {
					line(4, NLS.bind(DescribeMessages.lastState, state(last)));
				}
				line(4, NLS.bind(DescribeMessages.readyRestarts, text(status, "ready"), number(status, "restartCount"))); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	/** "Running since T", "Waiting: CrashLoopBackOff", "Terminated: Error, exit code 1". */
	private static String state(Map<String, Object> state) {
		if (state.containsKey("running")) { //$NON-NLS-1$
			return NLS.bind(DescribeMessages.running, text(map(state, "running"), "startedAt")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (state.containsKey("waiting")) { //$NON-NLS-1$
			return NLS.bind(DescribeMessages.waiting, text(map(state, "waiting"), "reason")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (state.containsKey("terminated")) { //$NON-NLS-1$
			Map<String, Object> terminated = map(state, "terminated"); //$NON-NLS-1$
			return NLS.bind(DescribeMessages.terminated, text(terminated, "reason"), text(terminated, "exitCode")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return ""; //$NON-NLS-1$
	}

	private void volumes(List<Map<String, Object>> volumes) {
		if (volumes.isEmpty()) {
			return;
		}
		section(DescribeMessages.volumes);
		for (Map<String, Object> volume : volumes) {
			String type = volume.keySet().stream().filter(key -> !"name".equals(key)).findFirst().orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
			line(2, text(volume, "name") + ": " + type); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private void events() {
		section(DescribeMessages.events);
		if (events.isEmpty()) {
			line(2, DescribeMessages.noEvents);
		}
		for (EventLines.Event event : events) {
			EventFacts facts = event.facts();
			line(2, (facts.warning() ? DescribeMessages.warningMark : DescribeMessages.normalMark) + " " + event.time() //$NON-NLS-1$
					+ "  " + facts.reason() + "  " + facts.message() //$NON-NLS-1$ //$NON-NLS-2$
					+ (facts.count() > 1 ? " " + NLS.bind(DescribeMessages.times, facts.count()) : "") //$NON-NLS-1$ //$NON-NLS-2$
					+ (event.source().isEmpty() ? "" : "  (" + event.source() + ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	private static String annotations(Map<String, Object> annotations) {
		return annotations.keySet().stream().sorted()
				.map(key -> LAST_APPLIED.equals(key) ? key + " " + DescribeMessages.notShown //$NON-NLS-1$
						: key + "=" + annotations.get(key)) //$NON-NLS-1$
				.collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	private static String pairs(Map<String, Object> values) {
		return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted() //$NON-NLS-1$
				.collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	private void field(String label, String value) {
		if (value == null || value.isEmpty()) {
			return;
		}
		String padded = label + ":"; //$NON-NLS-1$
		text.append(padded).append(" ".repeat(Math.max(1, LABEL_WIDTH - padded.length()))).append(value).append('\n'); //$NON-NLS-1$
	}

	private void section(String title) {
		text.append(title).append(":\n"); //$NON-NLS-1$
	}

	private void line(int indent, String value) {
		text.append(" ".repeat(indent)).append(value).append('\n'); //$NON-NLS-1$
	}

	private static String number(Map<String, Object> parent, String key) {
		String value = text(parent, key);
		return value.isEmpty() ? "0" : value; //$NON-NLS-1$
	}

	/** A scalar as kubectl shows it: whole numbers without ".0". */
	private static String text(Map<String, Object> parent, String key) {
		Object value = parent.get(key);
		if (value instanceof Double number && number == Math.rint(number)) {
			return Long.toString(number.longValue());
		}
		return value == null || value instanceof Map || value instanceof List ? "" : value.toString(); //$NON-NLS-1$
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Map<String, Object> parent, String key) {
		Object value = parent.get(key);
		return value instanceof Map<?, ?> ? (Map<String, Object>) value : Map.of();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> maps(Object value) {
		return value instanceof List<?> list
				? list.stream().filter(Map.class::isInstance).map(item -> (Map<String, Object>) item).toList()
				: List.of();
	}
}
