package io.kube9.tests.cluster.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kube9.tests.cluster.internal.DemoContent.Workload;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.AppsV1Api;
import io.kubernetes.client.openapi.apis.BatchV1Api;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1CronJob;
import io.kubernetes.client.openapi.models.V1CronJobSpec;
import io.kubernetes.client.openapi.models.V1DaemonSet;
import io.kubernetes.client.openapi.models.V1DaemonSetSpec;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1DeploymentSpec;
import io.kubernetes.client.openapi.models.V1Job;
import io.kubernetes.client.openapi.models.V1JobSpec;
import io.kubernetes.client.openapi.models.V1JobTemplateSpec;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimSpec;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V1StatefulSetSpec;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import io.kubernetes.client.openapi.models.V1VolumeResourceRequirements;

/**
 * Creates the demo workloads; their controllers do the rest (ReplicaSets, pods, status), the scheduler places
 * the pods and kwok runs them. Only the bare pod is created as a pod, and no node has room for it.
 */
final class DemoWorkloads {

	private final CoreV1Api core;
	private final AppsV1Api apps;
	private final BatchV1Api batch;

	DemoWorkloads(ApiClient admin) {
		this.core = new CoreV1Api(admin);
		this.apps = new AppsV1Api(admin);
		this.batch = new BatchV1Api(admin);
	}

	void create(Workload workload) throws ApiException {
		switch (workload.kind()) {
		case DEPLOYMENT -> deployment(workload);
		case STATEFUL_SET -> statefulSet(workload);
		case DAEMON_SET -> daemonSet(workload);
		case JOB -> job(workload);
		case CRON_JOB -> cronJob(workload);
		case POD -> pod(workload);
		default -> throw new IllegalArgumentException(workload.kind().name());
		}
	}

	private void deployment(Workload workload) throws ApiException {
		apps.createNamespacedDeployment(workload.namespace(), new V1Deployment()
				.metadata(metadata(workload))
				.spec(new V1DeploymentSpec().replicas(workload.replicas()).selector(selector(workload))
						.template(template(workload))))
				.execute();
	}

	private void statefulSet(Workload workload) throws ApiException {
		String namespace = workload.namespace();
		boolean withClaims = DemoContent.CLAIMS.stream()
				.anyMatch(claim -> claim.namespace().equals(namespace)
						&& claim.name().startsWith("data-" + workload.name() + "-"));
		// Parallel: all replicas at once rather than one after the other (the start of a test run waits for them).
		V1StatefulSetSpec spec = new V1StatefulSetSpec().serviceName(workload.name()).replicas(workload.replicas())
				.podManagementPolicy("Parallel").selector(selector(workload)).template(template(workload));
		if (withClaims) {
			// The seed made the claims data-NAME-0, -1, ... already, bound to its volumes; the controller uses them.
			spec.addVolumeClaimTemplatesItem(new V1PersistentVolumeClaim()
					.metadata(new V1ObjectMeta().name("data"))
					.spec(new V1PersistentVolumeClaimSpec().accessModes(List.of("ReadWriteOnce"))
							.storageClassName(DemoContent.STORAGE_CLASS)
							.resources(new V1VolumeResourceRequirements()
									.requests(Map.of("storage", Quantity.fromString("10Gi"))))));
			spec.getTemplate().getSpec().getContainers().get(0)
					.addVolumeMountsItem(new V1VolumeMount().name("data").mountPath("/data"));
		}
		apps.createNamespacedStatefulSet(namespace, new V1StatefulSet().metadata(metadata(workload)).spec(spec))
				.execute();
	}

	private void daemonSet(Workload workload) throws ApiException {
		V1PodTemplateSpec template = template(workload);
		// Only the demo's nodes, also in a cluster that holds the large seed's nodes too.
		template.getSpec().nodeSelector(Map.of(Nodes.SEED_LABEL, DemoContent.SEED_LABEL_VALUE));
		apps.createNamespacedDaemonSet(workload.namespace(), new V1DaemonSet()
				.metadata(metadata(workload))
				.spec(new V1DaemonSetSpec().selector(selector(workload)).template(template)))
				.execute();
	}

	private void job(Workload workload) throws ApiException {
		V1PodTemplateSpec template = template(workload);
		template.getSpec().restartPolicy("Never");
		batch.createNamespacedJob(workload.namespace(), new V1Job()
				.metadata(metadata(workload))
				.spec(new V1JobSpec().completions(1).parallelism(1).backoffLimit(3).template(template)))
				.execute();
	}

	/**
	 * Suspended: a schedule that fired during a test run would add a Job and a pod to listings that tests
	 * compare exactly. That the controller fires CronJobs is shown by a self-test of its own.
	 */
	private void cronJob(Workload workload) throws ApiException {
		V1PodTemplateSpec template = template(workload);
		template.getSpec().restartPolicy("OnFailure");
		batch.createNamespacedCronJob(workload.namespace(), new V1CronJob()
				.metadata(metadata(workload))
				.spec(new V1CronJobSpec().schedule(workload.schedule()).concurrencyPolicy("Forbid").suspend(true)
						.jobTemplate(new V1JobTemplateSpec().spec(new V1JobSpec().template(template)))))
				.execute();
	}

	/** A bare pod that asks for more memory than any node has: the scheduler leaves it Pending. */
	private void pod(Workload workload) throws ApiException {
		V1Pod pod = Pods.pod(workload.namespace(), workload.name(), DemoContent.labels(workload),
				workload.container(), workload.image(), null);
		Pods.unschedulable(pod.getSpec().getContainers().get(0));
		core.createNamespacedPod(workload.namespace(), pod).execute();
	}

	private static V1ObjectMeta metadata(Workload workload) {
		return new V1ObjectMeta().namespace(workload.namespace()).name(workload.name())
				.labels(new HashMap<>(DemoContent.labels(workload)));
	}

	private static V1LabelSelector selector(Workload workload) {
		return new V1LabelSelector().matchLabels(Map.of("app", workload.name()));
	}

	private static V1PodTemplateSpec template(Workload workload) {
		return new V1PodTemplateSpec().metadata(new V1ObjectMeta().labels(new HashMap<>(DemoContent.labels(workload))))
				.spec(Pods.spec().addContainersItem(Pods.container(workload.container(), workload.image())));
	}
}
