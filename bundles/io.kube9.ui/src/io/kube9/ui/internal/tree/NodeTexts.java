package io.kube9.ui.internal.tree;

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.osgi.util.NLS;

import io.kube9.core.resources.Category;
import io.kube9.core.resources.EventFacts;
import io.kube9.core.resources.ResourceKind;
import io.kube9.ui.internal.Messages;

/** The plain names of nodes, categories and kinds, as the tree, job names and the log show them. */
public final class NodeTexts {

	private NodeTexts() {
	}

	public static String label(ExplorerNode node) {
		if (node instanceof ClusterNode cluster) {
			return cluster.context();
		}
		if (node instanceof CategoryNode category) {
			return category(category.category());
		}
		if (node instanceof KindNode kind) {
			return kind(kind.kind());
		}
		if (node instanceof ResourceNode resource) {
			boolean event = resource.item() != null && resource.item().event() != null;
			return event ? event(resource.item().event(), resource.name()) : resource.name();
		}
		if (node instanceof EventsNode) {
			return Messages.node_events;
		}
		if (node instanceof ErrorNode error) {
			return error.failure().getMessage();
		}
		if (node instanceof ShowMoreNode) {
			return Messages.node_showMore;
		}
		return Messages.node_loading;
	}

	/** An event by why it happened and to what: "BackOff Pod/web-1"; its name when it says neither. */
	public static String event(EventFacts event, String name) {
		if (event.reason().isEmpty() && event.objectName().isEmpty()) {
			return name;
		}
		String object = event.objectKind().isEmpty() ? event.objectName()
				: event.objectKind() + '/' + event.objectName();
		return NLS.bind(Messages.event_label, event.reason(), object).trim();
	}

	/** "admin / Workloads / Pods": where a node is, for job names and log entries. */
	public static String path(ExplorerNode node) {
		Deque<String> names = new ArrayDeque<>();
		for (ExplorerNode current = node; current != null; current = current.getParent()) {
			names.addFirst(label(current));
		}
		return String.join(Messages.node_pathSeparator, names);
	}

	public static String category(Category category) {
		return switch (category) {
		case NODES -> Messages.category_nodes;
		case NAMESPACES -> Messages.category_namespaces;
		case WORKLOADS -> Messages.category_workloads;
		case NETWORKING -> Messages.category_networking;
		case STORAGE -> Messages.category_storage;
		case CONFIGURATION -> Messages.category_configuration;
		case ARGOCD -> Messages.category_argoCd;
		case CUSTOM_RESOURCES -> Messages.category_customResources;
		case NONE -> Messages.category_other;
		};
	}

	/** A kind's plural name; custom resources show their kind. */
	public static String kind(ResourceKind kind) {
		return switch (kind.id()) {
		case "deployments.apps" -> Messages.kind_deployments;
		case "statefulsets.apps" -> Messages.kind_statefulSets;
		case "daemonsets.apps" -> Messages.kind_daemonSets;
		case "jobs.batch" -> Messages.kind_jobs;
		case "cronjobs.batch" -> Messages.kind_cronJobs;
		case "pods" -> Messages.kind_pods;
		case "services" -> Messages.kind_services;
		case "ingresses.networking.k8s.io" -> Messages.kind_ingresses;
		case "persistentvolumes" -> Messages.kind_persistentVolumes;
		case "persistentvolumeclaims" -> Messages.kind_persistentVolumeClaims;
		case "storageclasses.storage.k8s.io" -> Messages.kind_storageClasses;
		case "configmaps" -> Messages.kind_configMaps;
		case "secrets" -> Messages.kind_secrets;
		case "nodes" -> Messages.kind_nodes;
		case "namespaces" -> Messages.kind_namespaces;
		case "applications.argoproj.io" -> Messages.kind_applications;
		default -> kind.kind();
		};
	}
}
