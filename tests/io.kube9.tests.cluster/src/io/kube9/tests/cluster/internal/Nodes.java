package io.kube9.tests.cluster.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Node;
import io.kubernetes.client.openapi.models.V1NodeSpec;
import io.kubernetes.client.openapi.models.V1NodeStatus;
import io.kubernetes.client.openapi.models.V1NodeSystemInfo;
import io.kubernetes.client.openapi.models.V1ObjectMeta;

/**
 * Node objects as a kubelet registers them: labels, capacity and node info, but no conditions and no
 * addresses. kwok, the kubelet of every node here, initializes them: Ready, InternalIP 127.0.0.1 and the
 * port of its kubelet endpoint, which the API server dials for logs, exec and port-forward (an address given
 * here would be dialed instead).
 */
public final class Nodes {

	/** Label of the nodes of a seed: "demo" or "large", so a demo DaemonSet stays on the demo's nodes. */
	public static final String SEED_LABEL = "kube9-seed";

	private Nodes() {
	}

	public static V1Node node(String name, int index, boolean controlPlane, String seed) {
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put("kubernetes.io/hostname", name);
		labels.put("kubernetes.io/os", "linux");
		labels.put("kubernetes.io/arch", "amd64");
		labels.put("node.kubernetes.io/instance-type", "kube9.demo-4x16");
		labels.put(SEED_LABEL, seed);
		if (controlPlane) {
			labels.put("node-role.kubernetes.io/control-plane", "");
		}
		Map<String, Quantity> capacity = Map.of("cpu", Quantity.fromString("4"), "memory",
				Quantity.fromString("16Gi"), "pods", Quantity.fromString("110"), "ephemeral-storage",
				Quantity.fromString("100Gi"));
		Map<String, Quantity> allocatable = Map.of("cpu", Quantity.fromString("3800m"), "memory",
				Quantity.fromString("15Gi"), "pods", Quantity.fromString("110"), "ephemeral-storage",
				Quantity.fromString("95Gi"));
		String machine = Names.suffix(name + "/machine", 24);
		return new V1Node()
				.metadata(new V1ObjectMeta().name(name).labels(labels))
				.spec(new V1NodeSpec().podCIDR(podCidr(index)).podCIDRs(List.of(podCidr(index))))
				.status(new V1NodeStatus()
						.capacity(capacity)
						.allocatable(allocatable)
						.conditions(null)
						.addresses(null)
						.nodeInfo(new V1NodeSystemInfo()
								.machineID(machine)
								.systemUUID(machine)
								.bootID(Names.suffix(name + "/boot", 24))
								.kernelVersion("6.1.0-28-amd64")
								.osImage("Debian GNU/Linux 12 (bookworm)")
								.containerRuntimeVersion("containerd://2.0.2")
								.kubeletVersion("v1.36.3")
								.kubeProxyVersion("v1.36.3")
								.operatingSystem("linux")
								.architecture("amd64")));
	}

	/** kwok gives a pod an IP out of its node's podCIDR. */
	private static String podCidr(int index) {
		return "10." + (128 + index / 256) + "." + (index % 256) + ".0/24";
	}
}
