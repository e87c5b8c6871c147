package io.kube9.tests.cluster.selftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.TemporaryNamespace;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kube9.tests.cluster.internal.Poll;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.AppsV1Api;
import io.kubernetes.client.openapi.apis.BatchV1Api;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1CronJob;
import io.kubernetes.client.openapi.models.V1CronJobStatus;
import io.kubernetes.client.openapi.models.V1Job;

/**
 * The controller-manager's batch and clean-up controllers: a Job runs to completion, a CronJob fires, deleting
 * a Deployment takes its ReplicaSet and pods along (garbage collection), deleting a namespace removes it with
 * its content.
 */
@WithTestCluster
class BatchAndCleanupControllersTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	@TempDir
	Path cache;

	@Test
	void aJobRunsToCompletion(TestCluster cluster) throws Exception {
		try (TemporaryNamespace namespace = cluster.temporaryNamespace("kube9-selftest-job")) {
			kubectl(cluster, "create", "job", "once", "-n", namespace.name(), "--image=busybox:1.37", "--", "true");
			kubectl(cluster, "wait", "--for=condition=complete", "job/once", "-n", namespace.name(), "--timeout=60s");

			V1Job job = new BatchV1Api(cluster.adminClient()).readNamespacedJob("once", namespace.name()).execute();
			assertEquals(1, job.getStatus().getSucceeded());
			List<String> phases = new PodsOf(cluster.adminClient(), namespace.name(), "job-name=once").list().stream()
					.map(pod -> pod.getStatus().getPhase()).toList();
			assertEquals(List.of("Succeeded"), phases);
		}
	}

	@Test
	void aCronJobFires(TestCluster cluster) throws Exception {
		try (TemporaryNamespace namespace = cluster.temporaryNamespace("kube9-selftest-cron")) {
			kubectl(cluster, "create", "cronjob", "tick", "-n", namespace.name(), "--image=busybox:1.37",
					"--schedule=* * * * *", "--", "true");
			// As if it last ran two minutes ago: the controller starts the schedule it missed since, at once
			// (rather than at the next full minute).
			BatchV1Api batch = new BatchV1Api(cluster.adminClient());
			V1CronJob cronJob = batch.readNamespacedCronJob("tick", namespace.name()).execute();
			cronJob.status(new V1CronJobStatus()
					.lastScheduleTime(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(2).withNano(0)));
			batch.replaceNamespacedCronJobStatus("tick", namespace.name(), cronJob).execute();

			V1Job job = Poll.until("a Job of the CronJob", TIMEOUT, Duration.ofMillis(200),
					() -> batch.listNamespacedJob(namespace.name()).execute().getItems().stream()
							.filter(candidate -> Stream.ofNullable(candidate.getMetadata().getOwnerReferences())
									.flatMap(List::stream).anyMatch(owner -> "tick".equals(owner.getName())))
							.findFirst().orElse(null));
			kubectl(cluster, "wait", "--for=condition=complete", "job/" + job.getMetadata().getName(), "-n",
					namespace.name(), "--timeout=60s");
			Poll.until("the CronJob's last success", TIMEOUT, Duration.ofMillis(200), () -> batch
					.readNamespacedCronJob("tick", namespace.name()).execute().getStatus().getLastSuccessfulTime());
		}
	}

	@Test
	void deletingADeploymentTakesItsReplicaSetAndPodsAlong(TestCluster cluster) throws Exception {
		try (TemporaryNamespace namespace = cluster.temporaryNamespace("kube9-selftest-gc")) {
			kubectl(cluster, "create", "deployment", "shop", "-n", namespace.name(), "--image=nginx:1.27.3",
					"--replicas=2");
			PodsOf pods = new PodsOf(cluster.adminClient(), namespace.name(), "app=shop");
			pods.awaitRunning(2);

			// Background: the API server deletes the Deployment alone; the garbage collector the rest.
			kubectl(cluster, "delete", "deployment", "shop", "-n", namespace.name(), "--cascade=background");

			AppsV1Api apps = new AppsV1Api(cluster.adminClient());
			Poll.until("the ReplicaSet and its pods collected", TIMEOUT, Duration.ofMillis(100),
					() -> apps.listNamespacedReplicaSet(namespace.name()).execute().getItems().isEmpty()
							&& pods.list().isEmpty() ? Boolean.TRUE : null);
		}
	}

	@Test
	void deletingANamespaceRemovesItWithItsContent(TestCluster cluster) throws Exception {
		String name = "kube9-selftest-namespace-" + ProcessHandle.current().pid();
		CoreV1Api core = new CoreV1Api(cluster.adminClient());
		kubectl(cluster, "create", "namespace", name);
		try {
			kubectl(cluster, "create", "deployment", "shop", "-n", name, "--image=nginx:1.27.3", "--replicas=1");
			kubectl(cluster, "create", "configmap", "settings", "-n", name, "--from-literal=k=v");
			new PodsOf(cluster.adminClient(), name, "app=shop").awaitRunning(1);

			// kubectl waits until the namespace is gone: the namespace controller removed what was in it first.
			kubectl(cluster, "delete", "namespace", name, "--timeout=90s");

			ApiException gone = assertThrows(ApiException.class, () -> core.readNamespace(name).execute());
			assertEquals(404, gone.getCode());
			assertTrue(core.listPodForAllNamespaces().fieldSelector("metadata.namespace=" + name).execute()
					.getItems().isEmpty());
			assertTrue(core.listConfigMapForAllNamespaces().fieldSelector("metadata.namespace=" + name).execute()
					.getItems().isEmpty());
		} finally {
			// A failure above must not leave the namespace in the shared cluster.
			try {
				core.deleteNamespace(name).execute();
			} catch (ApiException e) {
				if (e.getCode() != 404) {
					throw e;
				}
			}
		}
	}

	private void kubectl(TestCluster cluster, String... arguments) throws Exception {
		Kubectl.Result result = new Kubectl(cache).run(cluster.kubeconfigs().all(), Contexts.ADMIN, arguments);
		assertEquals(0, result.exitCode(), () -> String.join(" ", arguments) + ": " + result + "\n" + result.stdout());
	}
}
