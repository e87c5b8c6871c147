package io.kube9.core.resources;

import java.time.Instant;
import java.util.Map;

/**
 * One listed object, trimmed to what a tree shows: identity, age, labels and a status summary. Full objects are
 * fetched only when opened ({@link ResourceService#fetch}).
 *
 * @param name      the object's name
 * @param namespace its namespace, or null for cluster-scoped objects
 * @param uid       its uid
 * @param created   its creation timestamp, or null when unknown
 * @param labels    its labels
 * @param status      a one-line status summary ("Running 2/2, 3 restarts"), or empty; for display only
 * @param health      how the status reads at a glance
 * @param definedKind for a CustomResourceDefinition, the kind it serves, read from its fields; otherwise null
 * @param event       for an Event, what it says (the tree orders and labels events by it); otherwise null
 */
public record ResourceItem(String name, String namespace, String uid, Instant created, Map<String, String> labels,
		String status, Health health, ResourceKind definedKind, EventFacts event) {

	public ResourceItem {
		labels = Map.copyOf(labels);
		status = status == null ? "" : status;
	}

	/** An item that is no Event. */
	public ResourceItem(String name, String namespace, String uid, Instant created, Map<String, String> labels,
			String status, Health health, ResourceKind definedKind) {
		this(name, namespace, uid, created, labels, status, health, definedKind, null);
	}

	/** An item that defines no kind (anything but a CustomResourceDefinition) and is no Event. */
	public ResourceItem(String name, String namespace, String uid, Instant created, Map<String, String> labels,
			String status, Health health) {
		this(name, namespace, uid, created, labels, status, health, null, null);
	}

	public enum Health {
		OK, WARNING, ERROR, UNKNOWN;
	}
}
