package io.kube9.tests.cluster.selftest;

import java.io.IOException;

import io.kube9.tests.cluster.KubeletContent.Container;
import io.kube9.tests.cluster.TestCluster;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1Pod;

/** The pods of a workload's container, found by label: the controllers chose their names. */
final class ContainerPods {

	private ContainerPods() {
	}

	/** The first (by name) pod of the workload. */
	static String first(TestCluster cluster, Container where) throws IOException, ApiException {
		return new CoreV1Api(cluster.adminClient()).listNamespacedPod(where.namespace())
				.labelSelector(where.labelSelector()).execute().getItems().stream()
				.map(V1Pod::getMetadata).map(metadata -> metadata.getName()).sorted().findFirst()
				.orElseThrow(() -> new AssertionError("no pod of " + where));
	}
}
