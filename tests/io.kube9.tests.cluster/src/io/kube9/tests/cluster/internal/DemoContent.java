package io.kube9.tests.cluster.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the demo seed creates, as data: the seeding and the accessors tests compare listings with both derive
 * from these lists, so they cannot drift apart. The workloads' pods (and a Deployment's ReplicaSet) are made by
 * the controllers, so their names are the controllers' choice: found by the labels {@link #labels} gives.
 */
public final class DemoContent {

	public enum WorkloadKind {
		DEPLOYMENT, STATEFUL_SET, DAEMON_SET, JOB, CRON_JOB, POD
	}

	/** A workload; its pods (a Deployment's through a ReplicaSet) are made by its controller. */
	public record Workload(WorkloadKind kind, String namespace, String name, String image, int replicas,
			PodState podState, String schedule) {

		/** How many pods it has once settled. */
		public int podCount() {
			return switch (kind) {
			case DAEMON_SET -> NODES.size();
			case JOB, POD -> 1;
			case CRON_JOB -> 0;
			case DEPLOYMENT, STATEFUL_SET -> replicas;
			};
		}

		/** The kind of its pods' controller (a Deployment's pods belong to its ReplicaSet), or null. */
		public String podOwnerKind() {
			return switch (kind) {
			case DEPLOYMENT -> "ReplicaSet";
			case STATEFUL_SET -> "StatefulSet";
			case DAEMON_SET -> "DaemonSet";
			case JOB -> "Job";
			case CRON_JOB, POD -> null;
			};
		}

		/** The container's name: the workload's, so kwok's logs can tell containers apart. */
		public String container() {
			return name;
		}
	}

	public record Service(String namespace, String name, String type, String clusterIp, int port, String app) {
	}

	public record Ingress(String namespace, String name, String host, String service, int port) {
	}

	public record ConfigMap(String namespace, String name, Map<String, String> data) {
	}

	public record Secret(String namespace, String name, String type, Map<String, String> data) {
	}

	/** A PVC; bound ones get a PersistentVolume named {@code volume}, unbound ones stay Pending. */
	public record Claim(String namespace, String name, String size, String volume) {

		public boolean bound() {
			return volume != null;
		}
	}

	/** An Argo CD Application and the sync and health status it reports. */
	public record Application(String name, String repoUrl, String path, String destinationNamespace, String sync,
			String health) {
	}

	public static final List<String> NAMESPACES = List.of("default", "kube-system", "kube9-system", "argocd",
			"team-a", "team-b", "monitoring", "staging");
	public static final List<String> NODES = List.of("demo-node-1", "demo-node-2", "demo-node-3");

	public static final String ARGOCD_NAMESPACE = "argocd";
	public static final String ARGOCD_VERSION = "v2.13.0";
	public static final String OPERATOR_NAMESPACE = "kube9-system";
	public static final String OPERATOR_STATUS_CONFIGMAP = "kube9-operator-status";
	public static final String OPERATOR_VERSION = "1.2.0";
	public static final String STORAGE_CLASS = "standard";

	private static final String NGINX = "nginx:1.27.3";
	private static final String ARGOCD = "argoproj/argocd:" + ARGOCD_VERSION;

	public static final List<Workload> WORKLOADS = List.of(
			workload(WorkloadKind.DEPLOYMENT, "default", "web", NGINX, 3, PodState.RUNNING),
			workload(WorkloadKind.DEPLOYMENT, "kube-system", "coredns", "coredns/coredns:1.12.0", 2,
					PodState.RUNNING),
			workload(WorkloadKind.DAEMON_SET, "kube-system", "kube-proxy", "kube-proxy:v1.36.3", 0,
					PodState.RUNNING),
			workload(WorkloadKind.DEPLOYMENT, OPERATOR_NAMESPACE, "kube9-operator",
					"alto9/kube9-operator:" + OPERATOR_VERSION, 1, PodState.RUNNING),
			workload(WorkloadKind.DEPLOYMENT, ARGOCD_NAMESPACE, "argocd-server", ARGOCD, 1, PodState.RUNNING),
			workload(WorkloadKind.STATEFUL_SET, ARGOCD_NAMESPACE, "argocd-application-controller", ARGOCD, 1,
					PodState.RUNNING),
			workload(WorkloadKind.DEPLOYMENT, "team-a", "api", "kube9/demo-api:2.4.1", 2, PodState.RUNNING),
			workload(WorkloadKind.DEPLOYMENT, "team-a", "worker", "kube9/demo-worker:2.4.1", 1,
					PodState.CRASH_LOOP),
			workload(WorkloadKind.POD, "team-a", "batch-import", "busybox:1.37", 1, PodState.PENDING),
			workload(WorkloadKind.DEPLOYMENT, "team-b", "frontend", NGINX, 2, PodState.RUNNING),
			workload(WorkloadKind.JOB, "team-b", "db-migrate", "kube9/demo-migrate:2.4.1", 1,
					PodState.SUCCEEDED),
			new Workload(WorkloadKind.CRON_JOB, "team-b", "nightly-backup", "busybox:1.37", 0, null, "0 2 * * *"),
			workload(WorkloadKind.STATEFUL_SET, "monitoring", "prometheus", "prom/prometheus:v3.1.0", 2,
					PodState.RUNNING),
			workload(WorkloadKind.DAEMON_SET, "monitoring", "node-exporter", "prom/node-exporter:v1.8.2",
					0, PodState.RUNNING),
			workload(WorkloadKind.DEPLOYMENT, "staging", "web", NGINX, 2, PodState.RUNNING));

	public static final List<Service> SERVICES = List.of(
			new Service("default", "web", "ClusterIP", null, 80, "web"),
			new Service("kube-system", "kube-dns", "ClusterIP", "10.0.0.10", 53, "coredns"),
			new Service(ARGOCD_NAMESPACE, "argocd-server", "ClusterIP", null, 443, "argocd-server"),
			new Service("team-a", "api", "ClusterIP", null, 8080, "api"),
			new Service("team-b", "frontend", "NodePort", null, 80, "frontend"),
			new Service("monitoring", "prometheus", "ClusterIP", "None", 9090, "prometheus"),
			new Service("staging", "web", "LoadBalancer", null, 80, "web"));

	public static final List<Ingress> INGRESSES = List.of(
			new Ingress("default", "web", "web.kube9.local", "web", 80),
			new Ingress("staging", "web", "staging.kube9.local", "web", 80));

	/** Besides these, the operator status ConfigMap (see OPERATOR_STATUS_CONFIGMAP). */
	public static final List<ConfigMap> CONFIG_MAPS = List.of(
			new ConfigMap("default", "web-config", Map.of("nginx.conf", "server { listen 8080; }\n")),
			new ConfigMap(ARGOCD_NAMESPACE, "argocd-cm", Map.of("url", "https://argocd.kube9.local")),
			new ConfigMap("team-a", "api-config", Map.of("LOG_LEVEL", "info", "DATABASE_HOST", "db.team-a")),
			new ConfigMap("monitoring", "prometheus-config",
					Map.of("prometheus.yml", "global:\n  scrape_interval: 30s\n")),
			new ConfigMap("staging", "web-config", Map.of("nginx.conf", "server { listen 8080; }\n")));

	public static final List<Secret> SECRETS = List.of(
			new Secret("default", "web-tls", "kubernetes.io/tls",
					Map.of("tls.crt", "not-a-real-certificate", "tls.key", "not-a-real-key")),
			new Secret(OPERATOR_NAMESPACE, "kube9-operator-token", "Opaque", Map.of("token", "demo-operator-token")),
			new Secret(ARGOCD_NAMESPACE, "argocd-secret", "Opaque", Map.of("admin.password", "demo-password")),
			new Secret("team-a", "api-credentials", "Opaque", Map.of("username", "api", "password", "demo")));

	public static final List<Claim> CLAIMS = List.of(
			new Claim("monitoring", "data-prometheus-0", "10Gi", "pv-monitoring-data-prometheus-0"),
			new Claim("monitoring", "data-prometheus-1", "10Gi", "pv-monitoring-data-prometheus-1"),
			new Claim("team-a", "api-data", "5Gi", "pv-team-a-api-data"),
			new Claim("staging", "cache", "1Gi", null));

	public static final List<Application> APPLICATIONS = List.of(
			new Application("guestbook", "https://github.com/argoproj/argocd-example-apps.git", "guestbook",
					"staging", "Synced", "Healthy"),
			new Application("kube9-demo", "https://github.com/alto9/kube9-demo.git", "deploy", "team-a",
					"OutOfSync", "Degraded"));

	private DemoContent() {
	}

	private static Workload workload(WorkloadKind kind, String namespace, String name, String image, int replicas,
			PodState state) {
		return new Workload(kind, namespace, name, image, replicas, state, null);
	}

	/** Every seeded pod: how many of them and in which namespace follow from the workloads. */
	public static int podCount() {
		return WORKLOADS.stream().mapToInt(Workload::podCount).sum();
	}

	/** The label every object of the demo seed's workloads (pods and ReplicaSets included) carries. */
	public static final String SEED_LABEL_VALUE = "demo";

	/**
	 * app=name and kube9-seed=demo, plus the label that makes kwok crash-loop the pods of a crash-looping
	 * workload; optional extra key/value pairs.
	 */
	public static Map<String, String> labels(Workload workload, String... extra) {
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put("app", workload.name());
		labels.put(Nodes.SEED_LABEL, SEED_LABEL_VALUE);
		if (workload.podState() == PodState.CRASH_LOOP) {
			labels.put(Pods.CRASH_LOOP_LABEL, "true");
		}
		for (int i = 0; i + 1 < extra.length; i += 2) {
			labels.put(extra[i], extra[i + 1]);
		}
		return labels;
	}
}
