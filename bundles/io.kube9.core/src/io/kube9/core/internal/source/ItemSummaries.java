package io.kube9.core.internal.source;

import org.eclipse.osgi.util.NLS;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import io.kube9.core.resources.EventFacts;
import io.kube9.core.resources.ResourceItem;
import io.kube9.core.resources.ResourceItem.Health;
import io.kube9.core.resources.ResourceKind;
import io.kube9.core.resources.ResourceKinds;

/** The one-line status of an item, per kind, as kubectl's columns would summarise it. */
final class ItemSummaries {

	private record Summary(String text, Health health, ResourceKind definedKind, EventFacts event) {

		Summary(String text, Health health) {
			this(text, health, null, null);
		}

		Summary(String text, Health health, ResourceKind definedKind) {
			this(text, health, definedKind, null);
		}
	}

	private ItemSummaries() {
	}

	static ResourceItem summarize(ResourceKind kind, JsonObject item) {
		return summarize(kind, item, ItemMetadata.of(item));
	}

	/** @param metadata the item's, read beside it (from protobuf) or from it */
	static ResourceItem summarize(ResourceKind kind, JsonObject item, ItemMetadata metadata) {
		Summary summary = switch (kind.id()) {
		case "pods" -> pod(item, metadata.deleting());
		case "deployments.apps", "statefulsets.apps", "replicasets.apps" -> replicas(item, "status.readyReplicas",
				Json.number(item, "spec.replicas", 1));
		case "daemonsets.apps" -> replicas(item, "status.numberReady",
				Json.number(item, "status.desiredNumberScheduled", 0));
		case "jobs.batch" -> job(item);
		case "cronjobs.batch" -> cronJob(item);
		case "nodes" -> node(item);
		case "namespaces", "persistentvolumes", "persistentvolumeclaims" -> phase(item);
		case "services" -> service(item);
		case "ingresses.networking.k8s.io" -> ingress(item);
		case "storageclasses.storage.k8s.io" -> new Summary(Json.text(item, "provisioner"), Health.OK);
		case "events" -> event(item);
		case "applications.argoproj.io" -> argoApplication(item);
		case "customresourcedefinitions.apiextensions.k8s.io" -> definition(item);
		default -> new Summary("", Health.UNKNOWN);
		};
		// Names and uids are each item's own; what items repeat is kept once (a pod costs a third less heap).
		return new ResourceItem(metadata.name(), metadata.namespace(), metadata.uid(), metadata.created(),
				metadata.labels(), SharedValues.text(summary.text()), summary.health(), summary.definedKind(),
				summary.event());
	}

	private static Summary pod(JsonObject pod, boolean deleting) {
		String phase = Json.text(pod, "status.phase");
		int total = 0;
		int ready = 0;
		long restarts = 0;
		String problem = "";
		for (JsonElement element : Json.array(pod, "status.containerStatuses")) {
			JsonObject container = element.getAsJsonObject();
			total++;
			ready += Json.bool(container, "ready") ? 1 : 0;
			restarts += Json.number(container, "restartCount", 0);
			String waiting = Json.text(container, "state.waiting.reason");
			String terminated = Json.text(container, "state.terminated.reason");
			if (problem.isEmpty() && !waiting.isEmpty()) {
				problem = waiting;
			} else if (problem.isEmpty() && !terminated.isEmpty() && !"Completed".equals(terminated)) {
				problem = terminated;
			}
		}
		String state = deleting ? "Terminating"
				: !problem.isEmpty() ? problem
				: !Json.text(pod, "status.reason").isEmpty() ? Json.text(pod, "status.reason")
				: phase.isEmpty() ? "Unknown" : phase;
		String text = total == 0 ? state : NLS.bind(SummaryMessages.pod_ready, new Object[] { state, ready, total });
		if (restarts > 0) {
			text = NLS.bind(SummaryMessages.pod_restarts, text, restarts);
		}
		Health health;
		if (!problem.isEmpty() && !"ContainerCreating".equals(problem) && !"PodInitializing".equals(problem)
				|| "Failed".equals(phase)) {
			health = Health.ERROR;
		} else if ("Succeeded".equals(phase) || "Running".equals(phase) && ready == total) {
			health = Health.OK;
		} else {
			health = Health.WARNING;
		}
		return new Summary(text, health);
	}

	private static Summary replicas(JsonObject workload, String readyPath, long desired) {
		long ready = Json.number(workload, readyPath, 0);
		Health health = ready >= desired ? Health.OK : ready == 0 ? Health.ERROR : Health.WARNING;
		return new Summary(NLS.bind(SummaryMessages.replicas_ready, ready, desired), health);
	}

	private static Summary job(JsonObject job) {
		long succeeded = Json.number(job, "status.succeeded", 0);
		long completions = Json.number(job, "spec.completions", 1);
		if (Json.number(job, "status.failed", 0) > 0 && succeeded < completions) {
			return new Summary(NLS.bind(SummaryMessages.job_failed, Json.number(job, "status.failed", 0)),
					Health.ERROR);
		}
		Health health = succeeded >= completions ? Health.OK : Health.WARNING;
		return new Summary(NLS.bind(SummaryMessages.job_completions, succeeded, completions), health);
	}

	private static Summary cronJob(JsonObject cronJob) {
		String schedule = Json.text(cronJob, "spec.schedule");
		if (Json.bool(cronJob, "spec.suspend")) {
			return new Summary(NLS.bind(SummaryMessages.cronjob_suspended, schedule), Health.WARNING);
		}
		return new Summary(schedule, Health.OK);
	}

	private static Summary node(JsonObject node) {
		String ready = "Unknown";
		for (JsonElement element : Json.array(node, "status.conditions")) {
			JsonObject condition = element.getAsJsonObject();
			if ("Ready".equals(Json.text(condition, "type"))) {
				ready = "True".equals(Json.text(condition, "status")) ? "Ready" : "NotReady";
			}
		}
		String version = Json.text(node, "status.nodeInfo.kubeletVersion");
		boolean cordoned = Json.bool(node, "spec.unschedulable");
		String text = cordoned ? ready + ",SchedulingDisabled" : ready;
		if (!version.isEmpty()) {
			text = text + " " + version;
		}
		Health health = !"Ready".equals(ready) ? Health.ERROR : cordoned ? Health.WARNING : Health.OK;
		return new Summary(text, health);
	}

	private static Summary phase(JsonObject item) {
		String phase = Json.text(item, "status.phase");
		Health health = switch (phase) {
		case "Active", "Bound", "Available" -> Health.OK;
		case "Pending", "Released", "Terminating" -> Health.WARNING;
		case "Failed", "Lost" -> Health.ERROR;
		default -> Health.UNKNOWN;
		};
		return new Summary(phase, health);
	}

	private static Summary service(JsonObject service) {
		StringBuilder ports = new StringBuilder();
		for (JsonElement element : Json.array(service, "spec.ports")) {
			JsonObject port = element.getAsJsonObject();
			ports.append(ports.length() == 0 ? " " : ",").append(Json.number(port, "port", 0)).append('/')
					.append(Json.text(port, "protocol").isEmpty() ? "TCP" : Json.text(port, "protocol"));
		}
		String type = Json.text(service, "spec.type").isEmpty() ? "ClusterIP" : Json.text(service, "spec.type");
		return new Summary(type + " " + Json.text(service, "spec.clusterIP") + ports, Health.OK);
	}

	private static Summary ingress(JsonObject ingress) {
		StringBuilder hosts = new StringBuilder();
		for (JsonElement element : Json.array(ingress, "spec.rules")) {
			String host = Json.text(element.getAsJsonObject(), "host");
			if (!host.isEmpty()) {
				hosts.append(hosts.length() == 0 ? "" : ",").append(host);
			}
		}
		return new Summary(hosts.length() == 0 ? "*" : hosts.toString(), Health.OK);
	}

	private static Summary event(JsonObject event) {
		EventFacts facts = EventReading.facts(event);
		Health health = facts.warning() ? Health.WARNING : Health.OK;
		return new Summary(facts.reason() + ": " + facts.message(), health, null, facts);
	}

	private static Summary argoApplication(JsonObject application) {
		String sync = Json.text(application, "status.sync.status");
		String health = Json.text(application, "status.health.status");
		Health level = switch (health) {
		case "Healthy" -> "Synced".equals(sync) ? Health.OK : Health.WARNING;
		case "Degraded", "Missing" -> Health.ERROR;
		case "" -> Health.UNKNOWN;
		default -> Health.WARNING;
		};
		return new Summary(sync.isEmpty() && health.isEmpty() ? "" : sync + ", " + health, level);
	}

	/**
	 * The kind a definition serves, from its fields (the Explorer lists it under Custom Resources), and a one-line
	 * summary of it for display: "Kind group/version Namespaced|Cluster".
	 */
	private static Summary definition(JsonObject definition) {
		String version = "";
		for (JsonElement element : Json.array(definition, "spec.versions")) {
			JsonObject candidate = element.getAsJsonObject();
			if (Json.bool(candidate, "storage") || version.isEmpty() && Json.bool(candidate, "served")) {
				version = Json.text(candidate, "name");
			}
		}
		String group = Json.text(definition, "spec.group");
		String plural = Json.text(definition, "spec.names.plural");
		String kind = Json.text(definition, "spec.names.kind");
		String scope = Json.text(definition, "spec.scope");
		if (version.isEmpty() || scope.isEmpty() || group.isEmpty() || plural.isEmpty() || kind.isEmpty()) {
			return new Summary("", Health.UNKNOWN);
		}
		return new Summary(kind + " " + group + "/" + version + " " + scope, Health.OK,
				ResourceKinds.custom(group, version, plural, kind, "Namespaced".equals(scope)));
	}
}
