package io.kube9.tests.cluster.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1ObjectMeta;

/** Applies {@link DemoContent} through the API, one request after the other (about 150 of them). */
public final class DemoWriter {

	private DemoWriter() {
	}

	public static void write(ApiClient admin) throws ApiException, InterruptedException {
		Instant begin = Instant.now();
		// Everything "started" three hours ago, so ages in listings look like a cluster that has been running.
		OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC).minusHours(3).truncatedTo(ChronoUnit.SECONDS);
		CoreV1Api core = new CoreV1Api(admin);
		for (String namespace : DemoContent.NAMESPACES) {
			ensureNamespace(core, namespace);
		}
		for (int i = 0; i < DemoContent.NODES.size(); i++) {
			core.createNode(Nodes.node(DemoContent.NODES.get(i), i, i == 0, started.minusDays(2))).execute();
		}
		DemoResources resources = new DemoResources(admin);
		resources.storage(started);
		DemoWorkloads workloads = new DemoWorkloads(admin, started);
		for (DemoContent.Workload workload : DemoContent.WORKLOADS) {
			workloads.create(workload);
		}
		resources.services();
		resources.ingresses();
		resources.configMapsAndSecrets();
		OperatorStatus.create(admin);
		ArgoCdApplications.create(admin);
		Log.info("demo seed: %d nodes, %d namespaces, %d pods in %s", DemoContent.NODES.size(),
				DemoContent.NAMESPACES.size(), DemoContent.pods().size(), Log.seconds(Duration.between(begin, Instant.now())));
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
