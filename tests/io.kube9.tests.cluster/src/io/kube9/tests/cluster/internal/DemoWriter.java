package io.kube9.tests.cluster.internal;

import java.time.Duration;
import java.time.Instant;

import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1ObjectMeta;

/**
 * Applies {@link DemoContent} through the API (about 70 requests), then waits until the controllers, the
 * scheduler and kwok have made the rest (ReplicaSets, pods and their status).
 */
public final class DemoWriter {

	private static final Duration SERVICE_ACCOUNT_TIMEOUT = Duration.ofSeconds(30);

	private DemoWriter() {
	}

	public static void write(ApiClient admin) throws ApiException, InterruptedException {
		Instant begin = Instant.now();
		CoreV1Api core = new CoreV1Api(admin);
		for (String namespace : DemoContent.NAMESPACES) {
			ensureNamespace(core, namespace);
		}
		for (int i = 0; i < DemoContent.NODES.size(); i++) {
			core.createNode(Nodes.node(DemoContent.NODES.get(i), i, i == 0, DemoContent.SEED_LABEL_VALUE)).execute();
		}
		DemoResources resources = new DemoResources(admin);
		resources.storage();
		// The ServiceAccount admission wants each namespace's default service account (the controller-manager
		// makes it a moment after the namespace) before it admits a pod there.
		for (String namespace : DemoContent.NAMESPACES) {
			ServiceAccounts.awaitDefault(core, namespace, SERVICE_ACCOUNT_TIMEOUT);
		}
		DemoWorkloads workloads = new DemoWorkloads(admin);
		for (DemoContent.Workload workload : DemoContent.WORKLOADS) {
			workloads.create(workload);
		}
		resources.services();
		resources.ingresses();
		resources.configMapsAndSecrets();
		OperatorStatus.create(admin);
		ArgoCdApplications.create(admin);
		Instant written = Instant.now();
		DemoSettling.await(admin);
		Instant now = Instant.now();
		Log.info("demo seed: %d nodes, %d namespaces, %d pods in %s (written %s, settled %s)",
				DemoContent.NODES.size(), DemoContent.NAMESPACES.size(), DemoContent.podCount(),
				Log.seconds(Duration.between(begin, now)), Log.seconds(Duration.between(begin, written)),
				Log.seconds(Duration.between(written, now)));
	}

	/** default and kube-system exist already (the API server makes them), team-a too (RBAC set-up). */
	static void ensureNamespace(CoreV1Api core, String name) throws ApiException {
		try {
			core.createNamespace(new V1Namespace().metadata(new V1ObjectMeta().name(name))).execute();
		} catch (ApiException e) {
			if (e.getCode() != 409) {
				throw e;
			}
		}
	}
}
