package io.kube9.tests.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.kube9.tests.cluster.internal.ArgoCdApplications;
import io.kube9.tests.cluster.internal.DemoContent;
import io.kube9.tests.cluster.internal.DemoContent.Workload;
import io.kube9.tests.cluster.internal.DemoContent.WorkloadKind;
import io.kube9.tests.cluster.internal.Nodes;
import io.kube9.tests.cluster.internal.OperatorStatus;
import io.kube9.tests.cluster.internal.SeedMarker;

/**
 * The demo data set, and what it contains, so tests can compare listings exactly. Kinds are Kubernetes kind
 * names ("Pod", "Deployment", "ConfigMap", "Application", ...). Everything listed here was created by the seed
 * or, for pods and ReplicaSets, by the controllers from the seed's workloads; the API server and the
 * controller-manager add a few objects of their own (see {@link #SERVER_NAMESPACES}, {@link #SERVER_SERVICES},
 * {@link #OTHER_CONFIG_MAPS}), and the namespaces default and kube-system already existed.
 * <p>
 * The controllers name the pods and ReplicaSets they make, so their names come from the cluster:
 * {@link #pods(TestCluster)}, {@link #podKeys(TestCluster, String)}, {@link #objects(TestCluster)}. How many
 * there are is fixed: {@link #count(String)}, {@link #countsByNamespace(String)}. Each of the seed's pods (and
 * workloads) carries the labels {@code kube9-seed=demo} and {@code app=<workload>}.
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
	/** The label selector of every pod, ReplicaSet and workload of the demo seed. */
	public static final String LABEL_SELECTOR = Nodes.SEED_LABEL + "=" + DemoContent.SEED_LABEL_VALUE;

	/** Namespaces the API server creates on its own, besides default and kube-system. */
	public static final List<String> SERVER_NAMESPACES = List.of("kube-node-lease", "kube-public");
	/** Services the API server creates on its own (namespace/name). */
	public static final List<String> SERVER_SERVICES = List.of("default/kubernetes");
	/** Where the seed markers are kept (a ConfigMap; not part of the seed's objects). */
	public static final String MARKER_NAMESPACE = SeedMarker.NAMESPACE;
	public static final String MARKER_CONFIGMAP = SeedMarker.NAME;
	/** The ConfigMap the controller-manager publishes the cluster CA in, into every namespace. */
	public static final String ROOT_CA_CONFIGMAP = "kube-root-ca.crt";
	/**
	 * ConfigMaps that are not the seed's (namespace/name): the API server's own, the controller-manager's
	 * {@link #ROOT_CA_CONFIGMAP} in every namespace, and the seed marker.
	 */
	public static final List<String> OTHER_CONFIG_MAPS = otherConfigMaps();

	private DemoSeed() {
	}

	/** The namespaces the seed ensures exist (8), in a stable order. */
	public static List<String> namespaces() {
		return DemoContent.NAMESPACES;
	}

	/** The seed's namespaces and the API server's own: every namespace of a demo cluster. */
	public static List<String> allNamespaces() {
		List<String> all = new ArrayList<>(DemoContent.NAMESPACES);
		all.addAll(SERVER_NAMESPACES);
		return List.copyOf(all);
	}

	/** The three nodes, all Ready. */
	public static List<String> nodes() {
		return DemoContent.NODES;
	}

	/**
	 * Every seeded pod as the cluster holds it (name, node, owner) with the state the seed gives it, sorted by
	 * key. Read from the cluster once per {@link TestCluster} object; fails if the pods are not as planned.
	 */
	public static List<SeededPod> pods(TestCluster cluster) {
		return cluster.demoPods();
	}

	/** The keys (namespace/name) of the seeded pods of one namespace, or of all namespaces for null. */
	public static Set<String> podKeys(TestCluster cluster, String namespace) {
		return pods(cluster).stream().filter(pod -> namespace == null || pod.namespace().equals(namespace))
				.map(SeededPod::key).collect(Collectors.toSet());
	}

	/**
	 * The crash-looping pod: phase Running, its restartCount counts up, and between restarts (most of the
	 * time) its container waits in CrashLoopBackOff, not ready.
	 */
	public static SeededPod crashLoopPod(TestCluster cluster) {
		return pods(cluster).stream().filter(pod -> "CrashLoopBackOff".equals(pod.waitingReason())).findFirst()
				.orElseThrow();
	}

	/** The unscheduled pod (phase Pending, no node: no node has the memory it asks for). */
	public static SeededPod pendingPod(TestCluster cluster) {
		return pods(cluster).stream().filter(pod -> pod.node() == null).findFirst().orElseThrow();
	}

	/**
	 * Every object the seed created or ensured whose name it chose: all of {@link #objects(TestCluster)} but
	 * the pods and ReplicaSets the controllers made (their names are the controllers' choice).
	 */
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
		}
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

	/** The seeded objects of one kind whose names the seed chose (see {@link #objects()}). */
	public static List<SeededObject> objects(String kind) {
		return objects().stream().filter(object -> object.kind().equals(kind)).toList();
	}

	/** Every object of the seed, the pods and ReplicaSets the controllers made included, as the cluster names them. */
	public static List<SeededObject> objects(TestCluster cluster) {
		List<SeededObject> objects = new ArrayList<>(objects());
		pods(cluster).forEach(pod -> objects.add(new SeededObject("Pod", pod.namespace(), pod.name())));
		pods(cluster).stream().filter(pod -> "ReplicaSet".equals(pod.ownerKind()))
				.map(pod -> new SeededObject("ReplicaSet", pod.namespace(), pod.ownerName())).distinct()
				.forEach(objects::add);
		return objects;
	}

	public static List<SeededObject> objects(TestCluster cluster, String kind) {
		return objects(cluster).stream().filter(object -> object.kind().equals(kind)).toList();
	}

	/** How many objects of a kind the seed has, pods and ReplicaSets included. */
	public static int count(String kind) {
		return countsByNamespace(kind).values().stream().mapToInt(Long::intValue).sum()
				+ (int) objects(kind).stream().filter(object -> object.namespace() == null).count();
	}

	/** How many objects of a namespaced kind each namespace holds (namespaces without any are absent). */
	public static Map<String, Long> countsByNamespace(String kind) {
		Map<String, Long> counts = new TreeMap<>();
		switch (kind) {
		case "Pod" -> DemoContent.WORKLOADS.stream().filter(w -> w.podCount() > 0)
				.forEach(w -> counts.merge(w.namespace(), (long) w.podCount(), Long::sum));
		case "ReplicaSet" -> DemoContent.WORKLOADS.stream().filter(w -> w.kind() == WorkloadKind.DEPLOYMENT)
				.forEach(w -> counts.merge(w.namespace(), 1L, Long::sum));
		default -> objects(kind).stream().filter(object -> object.namespace() != null)
				.forEach(object -> counts.merge(object.namespace(), 1L, Long::sum));
		}
		return counts;
	}

	/** Argo CD Applications by name, with their sync and health status ("Synced"/"Healthy", ...). */
	public static Map<String, List<String>> applicationStatus() {
		Map<String, List<String>> statuses = new TreeMap<>();
		DemoContent.APPLICATIONS.forEach(a -> statuses.put(a.name(), List.of(a.sync(), a.health())));
		return statuses;
	}

	private static List<String> otherConfigMaps() {
		List<String> others = new ArrayList<>(List.of("kube-system/extension-apiserver-authentication",
				"kube-system/kube-apiserver-legacy-service-account-token-tracking",
				MARKER_NAMESPACE + "/" + MARKER_CONFIGMAP));
		allNamespaces().forEach(namespace -> others.add(namespace + "/" + ROOT_CA_CONFIGMAP));
		return List.copyOf(others);
	}
}
