package io.kube9.tests.cluster.internal;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kube9.tests.cluster.internal.DemoContent.PlannedPod;
import io.kube9.tests.cluster.internal.DemoContent.Workload;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.AppsV1Api;
import io.kubernetes.client.openapi.apis.BatchV1Api;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1CronJob;
import io.kubernetes.client.openapi.models.V1CronJobSpec;
import io.kubernetes.client.openapi.models.V1CronJobStatus;
import io.kubernetes.client.openapi.models.V1DaemonSet;
import io.kubernetes.client.openapi.models.V1DaemonSetSpec;
import io.kubernetes.client.openapi.models.V1DaemonSetStatus;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1DeploymentCondition;
import io.kubernetes.client.openapi.models.V1DeploymentSpec;
import io.kubernetes.client.openapi.models.V1DeploymentStatus;
import io.kubernetes.client.openapi.models.V1Job;
import io.kubernetes.client.openapi.models.V1JobCondition;
import io.kubernetes.client.openapi.models.V1JobSpec;
import io.kubernetes.client.openapi.models.V1JobStatus;
import io.kubernetes.client.openapi.models.V1JobTemplateSpec;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1OwnerReference;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimSpec;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimVolumeSource;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1ReplicaSet;
import io.kubernetes.client.openapi.models.V1ReplicaSetSpec;
import io.kubernetes.client.openapi.models.V1ReplicaSetStatus;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V1StatefulSetSpec;
import io.kubernetes.client.openapi.models.V1StatefulSetStatus;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import io.kubernetes.client.openapi.models.V1VolumeResourceRequirements;
import io.kubernetes.client.custom.Quantity;

/**
 * Creates the demo workloads the way their controllers would have left them: owner chain
 * Deployment -> ReplicaSet -> Pod (by uid), pods bound to nodes with a kubelet-like status, and each
 * workload's status with its ready counts. No controller runs, so nothing here changes afterwards.
 */
final class DemoWorkloads {

	private static final String APPS = "apps/v1";
	private static final String BATCH = "batch/v1";

	private final CoreV1Api core;
	private final AppsV1Api apps;
	private final BatchV1Api batch;
	private final OffsetDateTime started;

	DemoWorkloads(ApiClient admin, OffsetDateTime started) {
		this.core = new CoreV1Api(admin);
		this.apps = new AppsV1Api(admin);
		this.batch = new BatchV1Api(admin);
		this.started = started;
	}

	void create(Workload workload) throws ApiException {
		switch (workload.kind()) {
		case DEPLOYMENT -> deployment(workload);
		case STATEFUL_SET -> statefulSet(workload);
		case DAEMON_SET -> daemonSet(workload);
		case JOB -> job(workload);
		case CRON_JOB -> cronJob(workload);
		case POD -> pods(workload, null, Map.of(), List.of());
		default -> throw new IllegalArgumentException(workload.kind().name());
		}
	}

	private void deployment(Workload workload) throws ApiException {
		String namespace = workload.namespace();
		V1Deployment deployment = apps.createNamespacedDeployment(namespace, new V1Deployment()
				.metadata(metadata(workload, workload.name(), DemoContent.labels(workload)))
				.spec(new V1DeploymentSpec().replicas(workload.replicas()).selector(selector(workload))
						.template(template(workload, DemoContent.labels(workload)))))
				.execute();
		String hash = DemoContent.templateHash(workload);
		Map<String, String> labels = DemoContent.labels(workload, "pod-template-hash", hash);
		V1ReplicaSet replicaSet = apps.createNamespacedReplicaSet(namespace, new V1ReplicaSet()
				.metadata(metadata(workload, DemoContent.replicaSetName(workload), labels)
						.putAnnotationsItem("deployment.kubernetes.io/revision", "1")
						.addOwnerReferencesItem(Pods.owner(APPS, "Deployment", deployment.getMetadata())))
				.spec(new V1ReplicaSetSpec().replicas(workload.replicas())
						.selector(new V1LabelSelector().matchLabels(labels)).template(template(workload, labels))))
				.execute();
		int ready = pods(workload, Pods.owner(APPS, "ReplicaSet", replicaSet.getMetadata()), Map.of(), List.of());
		int replicas = workload.replicas();
		replicaSet.status(new V1ReplicaSetStatus().replicas(replicas).fullyLabeledReplicas(replicas)
				.readyReplicas(ready).availableReplicas(ready)
				.observedGeneration(replicaSet.getMetadata().getGeneration()));
		apps.replaceNamespacedReplicaSetStatus(replicaSet.getMetadata().getName(), namespace, replicaSet).execute();
		boolean available = ready == replicas;
		deployment.status(new V1DeploymentStatus().replicas(replicas).updatedReplicas(replicas).readyReplicas(ready)
				.availableReplicas(ready).unavailableReplicas(replicas - ready == 0 ? null : replicas - ready)
				.observedGeneration(deployment.getMetadata().getGeneration())
				.conditions(List.of(
						new V1DeploymentCondition().type("Available").status(available ? "True" : "False")
								.reason(available ? "MinimumReplicasAvailable" : "MinimumReplicasUnavailable")
								.message(available ? "Deployment has minimum availability."
										: "Deployment does not have minimum availability.")
								.lastUpdateTime(started).lastTransitionTime(started),
						new V1DeploymentCondition().type("Progressing").status("True")
								.reason("NewReplicaSetAvailable")
								.message("ReplicaSet \"" + replicaSet.getMetadata().getName()
										+ "\" has successfully progressed.")
								.lastUpdateTime(started).lastTransitionTime(started))));
		apps.replaceNamespacedDeploymentStatus(workload.name(), namespace, deployment).execute();
	}

	private void statefulSet(Workload workload) throws ApiException {
		String namespace = workload.namespace();
		boolean withClaims = DemoContent.CLAIMS.stream()
				.anyMatch(claim -> claim.namespace().equals(namespace)
						&& claim.name().startsWith("data-" + workload.name() + "-"));
		V1StatefulSetSpec spec = new V1StatefulSetSpec().serviceName(workload.name()).replicas(workload.replicas())
				.selector(selector(workload)).template(template(workload, DemoContent.labels(workload)));
		if (withClaims) {
			spec.addVolumeClaimTemplatesItem(new V1PersistentVolumeClaim()
					.metadata(new V1ObjectMeta().name("data"))
					.spec(new V1PersistentVolumeClaimSpec().accessModes(List.of("ReadWriteOnce"))
							.storageClassName(DemoContent.STORAGE_CLASS)
							.resources(new V1VolumeResourceRequirements()
									.requests(Map.of("storage", Quantity.fromString("10Gi"))))));
			spec.getTemplate().getSpec().getContainers().get(0)
					.addVolumeMountsItem(new V1VolumeMount().name("data").mountPath("/data"));
		}
		V1StatefulSet statefulSet = apps.createNamespacedStatefulSet(namespace, new V1StatefulSet()
				.metadata(metadata(workload, workload.name(), DemoContent.labels(workload))).spec(spec)).execute();
		String revision = workload.name() + "-" + DemoContent.templateHash(workload);
		int ready = pods(workload, Pods.owner(APPS, "StatefulSet", statefulSet.getMetadata()),
				Map.of("controller-revision-hash", revision), withClaims ? List.of("data") : List.of());
		int replicas = workload.replicas();
		statefulSet.status(new V1StatefulSetStatus().replicas(replicas).readyReplicas(ready).currentReplicas(replicas)
				.updatedReplicas(replicas).availableReplicas(ready).currentRevision(revision).updateRevision(revision)
				.collisionCount(0).observedGeneration(statefulSet.getMetadata().getGeneration()));
		apps.replaceNamespacedStatefulSetStatus(workload.name(), namespace, statefulSet).execute();
	}

	private void daemonSet(Workload workload) throws ApiException {
		String namespace = workload.namespace();
		V1DaemonSet daemonSet = apps.createNamespacedDaemonSet(namespace, new V1DaemonSet()
				.metadata(metadata(workload, workload.name(), DemoContent.labels(workload)))
				.spec(new V1DaemonSetSpec().selector(selector(workload))
						.template(template(workload, DemoContent.labels(workload)))))
				.execute();
		int ready = pods(workload, Pods.owner(APPS, "DaemonSet", daemonSet.getMetadata()), Map.of(), List.of());
		int nodes = DemoContent.NODES.size();
		daemonSet.status(new V1DaemonSetStatus().currentNumberScheduled(nodes).desiredNumberScheduled(nodes)
				.numberMisscheduled(0).numberReady(ready).numberAvailable(ready).updatedNumberScheduled(nodes)
				.observedGeneration(daemonSet.getMetadata().getGeneration()));
		apps.replaceNamespacedDaemonSetStatus(workload.name(), namespace, daemonSet).execute();
	}

	private void job(Workload workload) throws ApiException {
		String namespace = workload.namespace();
		V1PodTemplateSpec template = template(workload, Map.of("app", workload.name()));
		template.getSpec().restartPolicy("Never");
		V1Job job = batch.createNamespacedJob(namespace, new V1Job()
				.metadata(metadata(workload, workload.name(), DemoContent.labels(workload)))
				.spec(new V1JobSpec().completions(1).parallelism(1).backoffLimit(3).template(template)))
				.execute();
		String uid = job.getMetadata().getUid();
		// The API server generated the job's selector on these labels; its pods must carry them.
		Map<String, String> jobLabels = Map.of("batch.kubernetes.io/controller-uid", uid, "controller-uid", uid,
				"batch.kubernetes.io/job-name", workload.name());
		pods(workload, Pods.owner(BATCH, "Job", job.getMetadata()), jobLabels, List.of());
		OffsetDateTime finished = started.plusMinutes(2);
		job.status(new V1JobStatus().startTime(started).completionTime(finished).succeeded(1).active(0).failed(0)
				.ready(0).terminating(0)
				.conditions(List.of(
						new V1JobCondition().type("SuccessCriteriaMet").status("True").reason("CompletionsReached")
								.message("Reached expected number of succeeded pods")
								.lastProbeTime(finished).lastTransitionTime(finished),
						new V1JobCondition().type("Complete").status("True").reason("CompletionsReached")
								.message("Reached expected number of succeeded pods")
								.lastProbeTime(finished).lastTransitionTime(finished))));
		batch.replaceNamespacedJobStatus(workload.name(), namespace, job).execute();
	}

	private void cronJob(Workload workload) throws ApiException {
		V1PodTemplateSpec template = template(workload, Map.of("app", workload.name()));
		template.getSpec().restartPolicy("OnFailure");
		V1CronJob cronJob = batch.createNamespacedCronJob(workload.namespace(), new V1CronJob()
				.metadata(metadata(workload, workload.name(), DemoContent.labels(workload)))
				.spec(new V1CronJobSpec().schedule(workload.schedule()).concurrencyPolicy("Forbid")
						.jobTemplate(new V1JobTemplateSpec().spec(new V1JobSpec().template(template)))))
				.execute();
		cronJob.status(new V1CronJobStatus().lastScheduleTime(started.minusHours(12))
				.lastSuccessfulTime(started.minusHours(12).plusMinutes(3)));
		batch.replaceNamespacedCronJobStatus(workload.name(), workload.namespace(), cronJob).execute();
	}

	/** Creates a workload's pods and writes their status; returns how many are ready. */
	private int pods(Workload workload, V1OwnerReference owner, Map<String, String> extraLabels,
			List<String> claimTemplates) throws ApiException {
		int ready = 0;
		for (PlannedPod planned : DemoContent.podsOf(workload)) {
			Map<String, String> labels = new HashMap<>(planned.labels());
			labels.putAll(extraLabels);
			V1Pod pod = Pods.pod(planned.namespace(), planned.name(), labels, planned.image(), planned.node(), owner,
					planned.ownerKind() != null && planned.ownerKind().equals("Job") ? "Never" : "Always");
			for (String claimTemplate : claimTemplates) {
				pod.getSpec().addVolumesItem(new V1Volume().name(claimTemplate).persistentVolumeClaim(
						new V1PersistentVolumeClaimVolumeSource().claimName(claimTemplate + "-" + planned.name())));
				pod.getSpec().getContainers().get(0)
						.addVolumeMountsItem(new V1VolumeMount().name(claimTemplate).mountPath("/" + claimTemplate));
			}
			V1Pod created = core.createNamespacedPod(planned.namespace(), pod).execute();
			String hostIp = planned.node() == null ? null
					: Nodes.internalIp(DemoContent.NODES.indexOf(planned.node()));
			core.replaceNamespacedPodStatus(planned.name(), planned.namespace(),
					Pods.withStatus(created, planned.state(), hostIp, planned.index(), started)).execute();
			if (planned.state().ready()) {
				ready++;
			}
		}
		return ready;
	}

	private static V1ObjectMeta metadata(Workload workload, String name, Map<String, String> labels) {
		return new V1ObjectMeta().namespace(workload.namespace()).name(name).labels(new HashMap<>(labels));
	}

	private static V1LabelSelector selector(Workload workload) {
		return new V1LabelSelector().matchLabels(Map.of("app", workload.name()));
	}

	private static V1PodTemplateSpec template(Workload workload, Map<String, String> labels) {
		return new V1PodTemplateSpec().metadata(new V1ObjectMeta().labels(new HashMap<>(labels)))
				.spec(Pods.spec().addContainersItem(Pods.container(workload.image())));
	}
}
