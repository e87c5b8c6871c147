package io.kube9.core.internal.source;

import java.util.HashSet;
import java.util.Set;

import io.kube9.core.resources.ResourceKind;

/** Which parts of an item a listing drops while reading: what the tree never shows and that can be large. */
final class Pruning {

	private static final Set<String> ALWAYS = Set.of("metadata.managedFields", "metadata.annotations",
			"data", "binaryData", "stringData");

	private Pruning() {
	}

	static Set<String> skippedPaths(ResourceKind kind) {
		Set<String> paths = new HashSet<>(ALWAYS);
		switch (kind.id()) {
		case "pods" -> paths.addAll(Set.of("spec.containers", "spec.initContainers", "spec.ephemeralContainers",
				"spec.volumes", "spec.affinity", "spec.tolerations", "status.containerStatuses[].lastState",
				"status.containerStatuses[].image", "status.containerStatuses[].imageID",
				"status.containerStatuses[].containerID", "status.containerStatuses[].volumeMounts"));
		case "deployments.apps", "replicasets.apps", "daemonsets.apps", "jobs.batch" -> paths.add("spec.template");
		case "statefulsets.apps" -> paths.addAll(Set.of("spec.template", "spec.volumeClaimTemplates"));
		case "cronjobs.batch" -> paths.add("spec.jobTemplate");
		case "nodes" -> paths.addAll(Set.of("status.images", "status.volumesInUse", "status.volumesAttached"));
		case "customresourcedefinitions.apiextensions.k8s.io" -> paths.addAll(Set.of("spec.versions[].schema",
				"spec.versions[].additionalPrinterColumns", "spec.versions[].subresources", "spec.conversion",
				"status"));
		case "applications.argoproj.io" -> paths.addAll(Set.of("spec", "status.resources", "status.history",
				"status.operationState", "status.summary"));
		default -> {
			// Others are small.
		}
		}
		return paths;
	}
}
