package io.kube9.tests.cluster.internal;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Node;
import io.kubernetes.client.openapi.models.V1NodeAddress;
import io.kubernetes.client.openapi.models.V1NodeCondition;
import io.kubernetes.client.openapi.models.V1NodeSpec;
import io.kubernetes.client.openapi.models.V1NodeStatus;
import io.kubernetes.client.openapi.models.V1NodeSystemInfo;
import io.kubernetes.client.openapi.models.V1ObjectMeta;

/**
 * Node objects as a kubelet would register them. No kubelet runs, so the status given on create stays: Ready,
 * with capacity, addresses and node info.
 */
public final class Nodes {

	private Nodes() {
	}

	/** The node's internal IP: 10.1.{index / 250}.{index % 250 + 10}. */
	public static String internalIp(int index) {
		return "10.1." + (index / 250) + "." + (index % 250 + 10);
	}

	public static V1Node node(String name, int index, boolean controlPlane, OffsetDateTime created) {
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put("kubernetes.io/hostname", name);
		labels.put("kubernetes.io/os", "linux");
		labels.put("kubernetes.io/arch", "amd64");
		labels.put("node.kubernetes.io/instance-type", "kube9.demo-4x16");
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
						.conditions(List.of(
								condition("Ready", "True", "KubeletReady", "kubelet is posting ready status", created),
								condition("MemoryPressure", "False", "KubeletHasSufficientMemory",
										"kubelet has sufficient memory available", created),
								condition("DiskPressure", "False", "KubeletHasNoDiskPressure",
										"kubelet has no disk pressure", created),
								condition("PIDPressure", "False", "KubeletHasSufficientPID",
										"kubelet has sufficient PID available", created)))
						.addresses(List.of(new V1NodeAddress().type("InternalIP").address(internalIp(index)),
								new V1NodeAddress().type("Hostname").address(name)))
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

	private static String podCidr(int index) {
		return "10." + (128 + index / 256) + "." + (index % 256) + ".0/24";
	}

	private static V1NodeCondition condition(String type, String status, String reason, String message,
			OffsetDateTime time) {
		return new V1NodeCondition().type(type).status(status).reason(reason).message(message)
				.lastHeartbeatTime(time).lastTransitionTime(time);
	}
}
