package io.kube9.tests.cluster.internal;

import java.util.Map;

import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;

/**
 * Pod specs of the seeds. Their status is not the seed's business: kwok (the kubelet of every node) runs the
 * pods bound to a node, the scheduler binds the others or says why it cannot.
 */
public final class Pods {

	/** The label that makes kwok crash-loop a pod (kwok-stages.yaml) instead of running it. */
	public static final String CRASH_LOOP_LABEL = "kube9-test/crash-loop";
	/** Requests no node of the seeds has room for: the scheduler leaves such a pod Pending. */
	public static final String UNSCHEDULABLE_MEMORY = "64Gi";

	private Pods() {
	}

	/** A pod with one container; {@code node} null leaves it to the scheduler. */
	public static V1Pod pod(String namespace, String name, Map<String, String> labels, String container,
			String image, String node) {
		return new V1Pod().metadata(new V1ObjectMeta().name(name).namespace(namespace).labels(labels))
				.spec(spec().nodeName(node).restartPolicy("Always").terminationGracePeriodSeconds(30L)
						.addContainersItem(container(container, image)));
	}

	/**
	 * An empty pod spec. The client's models start with empty maps, and an empty 'overhead' map is sent as {}:
	 * the RuntimeClass admission then rejects the pod ("Pod Overhead set without corresponding RuntimeClass").
	 */
	public static V1PodSpec spec() {
		return new V1PodSpec().overhead(null);
	}

	public static V1Container container(String name, String image) {
		return new V1Container().name(name).image(image).imagePullPolicy("IfNotPresent")
				.addPortsItem(new V1ContainerPort().containerPort(8080).name("http").protocol("TCP"))
				.resources(new V1ResourceRequirements()
						.requests(Map.of("cpu", Quantity.fromString("50m"), "memory", Quantity.fromString("64Mi")))
						.limits(Map.of("memory", Quantity.fromString("256Mi"))));
	}

	/** A container asking for more memory than any node has. */
	public static V1Container unschedulable(V1Container container) {
		return container.resources(new V1ResourceRequirements().requests(Map.of("cpu", Quantity.fromString("50m"),
				"memory", Quantity.fromString(UNSCHEDULABLE_MEMORY))));
	}
}
