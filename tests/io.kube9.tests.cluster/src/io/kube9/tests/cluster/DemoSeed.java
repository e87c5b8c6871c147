package io.kube9.tests.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.kube9.tests.cluster.internal.ArgoCdApplications;
import io.kube9.tests.cluster.internal.DemoContent;
import io.kube9.tests.cluster.internal.DemoContent.PlannedPod;
import io.kube9.tests.cluster.internal.DemoContent.Workload;
import io.kube9.tests.cluster.internal.DemoContent.WorkloadKind;
import io.kube9.tests.cluster.internal.OperatorStatus;
import io.kube9.tests.cluster.internal.SeedMarker;

/**
 * The demo data set, and what it contains, so tests can compare listings exactly. Kinds are Kubernetes kind
 * names ("Pod", "Deployment", "ConfigMap", "Application", ...). Everything listed here was created by the seed;
 * the API server adds a few objects of its own (see {@link #SERVER_NAMESPACES}, {@link #SERVER_SERVICES},
 * {@link #OTHER_CONFIG_MAPS}), and the namespaces default and kube-system already existed.
 */
public final class DemoSeed {

	public static final String OPERATOR_STATUS_NAMESPACE = DemoContent.OPERATOR_NAMESPACE;
	public static final String OPERATOR_STATUS_CONFIGMAP = DemoContent.OPERATOR_STATUS_CONFIGMAP;
	/** The data key of the operator status ConfigMap that holds the JSON document. */
	public static final String OPERATOR_STATUS_KEY = OperatorStatus.DATA_KEY;
	public static final String OPERATOR_VERSION = DemoContent.OPERATOR_VERSION;
	public static final String ARGOCD_NAMESPACE = DemoContent.ARGOCD_NAMESPACE;
	public static final String ARGOCD_VERSION = DemoContent.ARGOCD_VERSION;
	/** The CRD whose presence means Argo CD is installed. */
	public static final String APPLICATIONS_CRD = ArgoCdApplications.CRD_NAME;
	public static final String APPLICATIONS_GROUP = ArgoCdApplications.GROUP;
	public static final String APPLICATIONS_VERSION = ArgoCdApplications.VERSION;
	public static final String APPLICATIONS_PLURAL = ArgoCdApplications.PLURAL;
	public static final String STORAGE_CLASS = DemoContent.STORAGE_CLASS;

	/** Namespaces the API server creates on its own, besides default and kube-system. */
	public static final List<String> SERVER_NAMESPACES = List.of("kube-node-lease", "kube-public");
	/** Services the API server creates on its own (namespace/name). */
	public static final List<String> SERVER_SERVICES = List.of("default/kubernetes");
	/** Where the seed markers are kept (a ConfigMap; not part of the seed's objects). */
	public static final String MARKER_NAMESPACE = SeedMarker.NAMESPACE;
	public static final String MARKER_CONFIGMAP = SeedMarker.NAME;
	/** ConfigMaps that are not the seed's (namespace/name): the API server's own, and the seed marker. */
	public static final List<String> OTHER_CONFIG_MAPS = List.of("kube-system/extension-apiserver-authentication",
			"kube-system/kube-apiserver-legacy-service-account-token-tracking", MARKER_NAMESPACE + "/" + MARKER_CONFIGMAP);

	private DemoSeed() {
	}

	/** The namespaces the seed ensures exist (8), in a stable order. */
	public static List<String> namespaces() {
		return DemoContent.NAMESPACES;
	}

	/** The three nodes, all Ready. */
	public static List<String> nodes() {
		return DemoContent.NODES;
	}

	/** Every seeded pod with its phase and readiness. */
	public static List<SeededPod> pods() {
		return DemoContent.pods().stream().map(DemoSeed::seededPod).toList();
	}

	/** The keys (namespace/name) of the seeded pods of one namespace, or of all namespaces for null. */
	public static Set<String> podKeys(String namespace) {
		return pods().stream().filter(pod -> namespace == null || pod.namespace().equals(namespace))
				.map(SeededPod::key).collect(Collectors.toSet());
	}

	/** The pod whose container waits in CrashLoopBackOff (phase Running, not ready, restarts > 0). */
	public static SeededPod crashLoopPod() {
		return pods().stream().filter(pod -> "CrashLoopBackOff".equals(pod.waitingReason())).findFirst().orElseThrow();
	}

	/** The unscheduled pod (phase Pending, no node). */
	public static SeededPod pendingPod() {
		return pods().stream().filter(pod -> pod.node() == null).findFirst().orElseThrow();
	}

	/** Every object the seed created or ensured, pods included. */
	public static List<SeededObject> objects() {
		List<SeededObject> objects = new ArrayList<>();
		DemoContent.NAMESPACES.forEach(name -> objects.add(new SeededObject("Namespace", null, name)));
		DemoContent.NODES.forEach(name -> objects.add(new SeededObject("Node", null, name)));
		for (Workload workload : DemoContent.WORKLOADS) {
			String kind = switch (workload.kind()) {
			case DEPLOYMENT -> "Deployment";
			case STATEFUL_SET -> "StatefulSet";
			case DAEMON_SET -> "DaemonSet";
			case JOB -> "Job";
			case CRON_JOB -> "CronJob";
			case POD -> null;
			};
			if (kind != null) {
				objects.add(new SeededObject(kind, workload.namespace(), workload.name()));
			}
			if (workload.kind() == WorkloadKind.DEPLOYMENT) {
				objects.add(new SeededObject("ReplicaSet", workload.namespace(), DemoContent.replicaSetName(workload)));
			}
		}
		pods().forEach(pod -> objects.add(new SeededObject("Pod", pod.namespace(), pod.name())));
		DemoContent.SERVICES.forEach(s -> objects.add(new SeededObject("Service", s.namespace(), s.name())));
		DemoContent.INGRESSES.forEach(i -> objects.add(new SeededObject("Ingress", i.namespace(), i.name())));
		DemoContent.CONFIG_MAPS.forEach(c -> objects.add(new SeededObject("ConfigMap", c.namespace(), c.name())));
		objects.add(new SeededObject("ConfigMap", OPERATOR_STATUS_NAMESPACE, OPERATOR_STATUS_CONFIGMAP));
		DemoContent.SECRETS.forEach(s -> objects.add(new SeededObject("Secret", s.namespace(), s.name())));
		objects.add(new SeededObject("StorageClass", null, STORAGE_CLASS));
		for (DemoContent.Claim claim : DemoContent.CLAIMS) {
			if (claim.bound()) {
				objects.add(new SeededObject("PersistentVolume", null, claim.volume()));
			}
			objects.add(new SeededObject("PersistentVolumeClaim", claim.namespace(), claim.name()));
		}
		objects.add(new SeededObject("CustomResourceDefinition", null, APPLICATIONS_CRD));
		DemoContent.APPLICATIONS.forEach(a -> objects.add(new SeededObject("Application", ARGOCD_NAMESPACE, a.name())));
		return objects;
	}

	/** The seeded objects of one kind. */
	public static List<SeededObject> objects(String kind) {
		return objects().stream().filter(object -> object.kind().equals(kind)).toList();
	}

	public static int count(String kind) {
		return objects(kind).size();
	}

	/** How many objects of a namespaced kind each namespace holds (namespaces without any are absent). */
	public static Map<String, Long> countsByNamespace(String kind) {
		return objects(kind).stream()
				.collect(Collectors.groupingBy(SeededObject::namespace, TreeMap::new, Collectors.counting()));
	}

	/** Argo CD Applications by name, with their sync and health status ("Synced"/"Healthy", ...). */
	public static Map<String, List<String>> applicationStatus() {
		Map<String, List<String>> statuses = new TreeMap<>();
		DemoContent.APPLICATIONS.forEach(a -> statuses.put(a.name(), List.of(a.sync(), a.health())));
		return statuses;
	}

	private static SeededPod seededPod(PlannedPod pod) {
		return new SeededPod(pod.namespace(), pod.name(), pod.state().phase(), pod.state().ready(),
				pod.state().waitingReason(), pod.state().restarts(), pod.node(), pod.ownerKind(), pod.ownerName());
	}
}
