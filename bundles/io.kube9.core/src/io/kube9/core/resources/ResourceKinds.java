package io.kube9.core.resources;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The kinds core knows by name. Custom resources are made with {@link #custom}. */
public final class ResourceKinds {

	private static final Duration SHORT = Duration.ofSeconds(5);
	private static final Duration MEDIUM = Duration.ofSeconds(10);
	private static final Duration LONG = Duration.ofSeconds(30);
	private static final Duration STABLE = Duration.ofSeconds(60);

	public static final ResourceKind NODES = core("nodes", "Node", false, Category.NODES, LONG);
	public static final ResourceKind NAMESPACES = core("namespaces", "Namespace", false, Category.NAMESPACES, LONG);
	public static final ResourceKind PODS = core("pods", "Pod", true, Category.WORKLOADS, SHORT);
	public static final ResourceKind DEPLOYMENTS = apps("deployments", "Deployment", MEDIUM);
	public static final ResourceKind STATEFULSETS = apps("statefulsets", "StatefulSet", MEDIUM);
	public static final ResourceKind DAEMONSETS = apps("daemonsets", "DaemonSet", MEDIUM);
	public static final ResourceKind REPLICASETS = new ResourceKind("apps", "v1", "replicasets", "ReplicaSet", true,
			Category.NONE, MEDIUM);
	public static final ResourceKind JOBS = new ResourceKind("batch", "v1", "jobs", "Job", true, Category.WORKLOADS,
			MEDIUM);
	public static final ResourceKind CRONJOBS = new ResourceKind("batch", "v1", "cronjobs", "CronJob", true,
			Category.WORKLOADS, LONG);
	public static final ResourceKind SERVICES = core("services", "Service", true, Category.NETWORKING, LONG);
	public static final ResourceKind INGRESSES = new ResourceKind("networking.k8s.io", "v1", "ingresses", "Ingress",
			true, Category.NETWORKING, LONG);
	public static final ResourceKind CONFIGMAPS = core("configmaps", "ConfigMap", true, Category.CONFIGURATION, LONG);
	public static final ResourceKind SECRETS = core("secrets", "Secret", true, Category.CONFIGURATION, LONG);
	public static final ResourceKind PERSISTENT_VOLUMES = core("persistentvolumes", "PersistentVolume", false,
			Category.STORAGE, LONG);
	public static final ResourceKind PERSISTENT_VOLUME_CLAIMS = core("persistentvolumeclaims",
			"PersistentVolumeClaim", true, Category.STORAGE, LONG);
	public static final ResourceKind STORAGE_CLASSES = new ResourceKind("storage.k8s.io", "v1", "storageclasses",
			"StorageClass", false, Category.STORAGE, STABLE);
	public static final ResourceKind EVENTS = core("events", "Event", true, Category.NONE, SHORT);
	public static final ResourceKind CUSTOM_RESOURCE_DEFINITIONS = new ResourceKind("apiextensions.k8s.io", "v1",
			"customresourcedefinitions", "CustomResourceDefinition", false, Category.CUSTOM_RESOURCES, STABLE);
	public static final ResourceKind ARGOCD_APPLICATIONS = new ResourceKind("argoproj.io", "v1alpha1",
			"applications", "Application", true, Category.ARGOCD, LONG);

	private static final List<ResourceKind> ALL = List.of(NODES, NAMESPACES, PODS, DEPLOYMENTS, STATEFULSETS,
			DAEMONSETS, REPLICASETS, JOBS, CRONJOBS, SERVICES, INGRESSES, CONFIGMAPS, SECRETS, PERSISTENT_VOLUMES,
			PERSISTENT_VOLUME_CLAIMS, STORAGE_CLASSES, EVENTS, CUSTOM_RESOURCE_DEFINITIONS, ARGOCD_APPLICATIONS);

	private ResourceKinds() {
	}

	public static List<ResourceKind> all() {
		return ALL;
	}

	public static Optional<ResourceKind> byId(String id) {
		return ALL.stream().filter(kind -> kind.id().equals(id)).findFirst();
	}

	/** The kinds shown under a category, in tree order. */
	public static List<ResourceKind> in(Category category) {
		return ALL.stream().filter(kind -> kind.category() == category).toList();
	}

	/** A kind served by a CustomResourceDefinition. */
	public static ResourceKind custom(String group, String version, String plural, String kind, boolean namespaced) {
		return new ResourceKind(group, version, plural, kind, namespaced, Category.CUSTOM_RESOURCES, LONG);
	}

	/**
	 * The kind a CustomResourceDefinition serves, as its listing read it from the definition's fields (group,
	 * served version, plural, kind, scope); empty when the item is no definition or says too little.
	 */
	public static Optional<ResourceKind> definedBy(ResourceItem definition) {
		return Optional.ofNullable(definition.definedKind());
	}

	private static ResourceKind core(String plural, String kind, boolean namespaced, Category category,
			Duration ttl) {
		return new ResourceKind("", "v1", plural, kind, namespaced, category, ttl);
	}

	private static ResourceKind apps(String plural, String kind, Duration ttl) {
		return new ResourceKind("apps", "v1", plural, kind, true, Category.WORKLOADS, ttl);
	}
}
