package io.kube9.tests.cluster.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import io.kube9.tests.cluster.DemoSeed;
import io.kube9.tests.cluster.internal.DemoContent.Workload;
import io.kube9.tests.cluster.internal.DemoContent.WorkloadKind;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.AppsV1Api;
import io.kubernetes.client.openapi.apis.BatchV1Api;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1DaemonSet;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Job;
import io.kubernetes.client.openapi.models.V1OwnerReference;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.openapi.models.V1ReplicaSet;
import io.kubernetes.client.openapi.models.V1StatefulSet;

/**
 * Waits until the controllers, the scheduler and kwok have done what the demo seed set in motion, so tests
 * that compare listings with the seed see a cluster at rest: every planned pod there and in its state, one
 * ReplicaSet per Deployment, workload statuses caught up, the Job complete, the bound claims Bound, and the
 * kube-root-ca.crt ConfigMap published into every namespace.
 */
final class DemoSettling {

	private static final Duration TIMEOUT = Duration.ofSeconds(90);

	/** What is still missing; Poll reports the last one when time runs out. */
	private static final class NotSettled extends Exception {
		private static final long serialVersionUID = 1L;

		NotSettled(String problems) {
			super(problems);
		}
	}

	private DemoSettling() {
	}

	static void await(ApiClient admin) throws ApiException, InterruptedException {
		try {
			Poll.until("the demo seed settled", TIMEOUT, Duration.ofMillis(200), () -> {
				List<String> problems = problems(admin);
				if (problems.isEmpty()) {
					return Boolean.TRUE;
				}
				throw new NotSettled(String.join("; ", problems));
			});
		} catch (TimeoutException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	private static List<String> problems(ApiClient admin) throws ApiException {
		List<String> problems = new ArrayList<>(DemoPods.read(admin).problems());
		AppsV1Api apps = new AppsV1Api(admin);
		BatchV1Api batch = new BatchV1Api(admin);
		String seedLabel = Nodes.SEED_LABEL + "=" + DemoContent.SEED_LABEL_VALUE;
		List<V1ReplicaSet> replicaSets = apps.listReplicaSetForAllNamespaces().labelSelector(seedLabel).execute()
				.getItems();
		for (Workload workload : DemoContent.WORKLOADS) {
			String key = workload.namespace() + "/" + workload.name();
			if (workload.kind() == WorkloadKind.DEPLOYMENT) {
				V1Deployment deployment = apps.readNamespacedDeployment(workload.name(), workload.namespace()).execute();
				long owned = replicaSets.stream().filter(rs -> ownedBy(rs.getMetadata().getOwnerReferences(),
						deployment.getMetadata().getUid())).count();
				boolean current = Objects.equals(deployment.getMetadata().getGeneration(),
						deployment.getStatus().getObservedGeneration())
						&& Objects.equals(workload.replicas(), deployment.getStatus().getUpdatedReplicas());
				if (owned != 1 || !current) {
					problems.add(key + ": " + owned + " ReplicaSets, status " + (current ? "current" : "behind"));
				}
			} else if (workload.kind() == WorkloadKind.STATEFUL_SET) {
				V1StatefulSet set = apps.readNamespacedStatefulSet(workload.name(), workload.namespace()).execute();
				if (!Objects.equals(workload.replicas(), set.getStatus().getReadyReplicas())) {
					problems.add(key + ": " + set.getStatus().getReadyReplicas() + " ready");
				}
			} else if (workload.kind() == WorkloadKind.DAEMON_SET) {
				V1DaemonSet set = apps.readNamespacedDaemonSet(workload.name(), workload.namespace()).execute();
				if (set.getStatus().getNumberReady() != workload.podCount()) {
					problems.add(key + ": " + set.getStatus().getNumberReady() + " ready");
				}
			} else if (workload.kind() == WorkloadKind.JOB) {
				V1Job job = batch.readNamespacedJob(workload.name(), workload.namespace()).execute();
				boolean complete = Stream.ofNullable(job.getStatus().getConditions()).flatMap(List::stream)
						.anyMatch(c -> "Complete".equals(c.getType()) && "True".equals(c.getStatus()));
				if (!complete) {
					problems.add(key + ": not complete");
				}
			}
		}
		CoreV1Api core = new CoreV1Api(admin);
		for (DemoContent.Claim claim : DemoContent.CLAIMS) {
			if (claim.bound()) {
				V1PersistentVolumeClaim pvc = core.readNamespacedPersistentVolumeClaim(claim.name(), claim.namespace())
						.execute();
				if (pvc.getStatus() == null || !"Bound".equals(pvc.getStatus().getPhase())) {
					problems.add(claim.namespace() + "/" + claim.name() + ": not Bound");
				}
			}
		}
		Set<String> published = new HashSet<>();
		for (V1ConfigMap configMap : core.listConfigMapForAllNamespaces()
				.fieldSelector("metadata.name=" + DemoSeed.ROOT_CA_CONFIGMAP).execute().getItems()) {
			published.add(configMap.getMetadata().getNamespace());
		}
		for (String namespace : DemoSeed.allNamespaces()) {
			if (!published.contains(namespace)) {
				problems.add(namespace + ": no " + DemoSeed.ROOT_CA_CONFIGMAP);
			}
		}
		return problems;
	}

	private static boolean ownedBy(List<V1OwnerReference> owners, String uid) {
		return owners != null && owners.stream().anyMatch(owner -> uid.equals(owner.getUid()));
	}
}
