package io.kube9.tests.cluster.selftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.kube9.tests.cluster.DemoSeed;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kube9.tests.cluster.internal.Poll;
import io.kubernetes.client.openapi.apis.CoordinationV1Api;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1Node;
import io.kubernetes.client.openapi.models.V1NodeAddress;

/**
 * kwok is the kubelet of every node: it makes them Ready, writes the address and port of its kubelet endpoint
 * into them (what the API server dials for logs, exec and port-forward) and renews their leases.
 */
@WithTestCluster
class KwokNodesTest {

	@Test
	void nodesAreReadyAndPointAtKwok(TestCluster cluster) throws Exception {
		List<V1Node> nodes = new CoreV1Api(cluster.adminClient()).listNode().execute().getItems();

		assertEquals(DemoSeed.nodes().size(), nodes.size());
		for (V1Node node : nodes) {
			String name = node.getMetadata().getName();
			assertTrue(node.getStatus().getConditions().stream()
					.anyMatch(c -> c.getType().equals("Ready") && c.getStatus().equals("True")), name);
			assertEquals(List.of("InternalIP 127.0.0.1", "Hostname " + name),
					node.getStatus().getAddresses().stream().map(KwokNodesTest::address).toList(), name);
			int port = node.getStatus().getDaemonEndpoints().getKubeletEndpoint().getPort();
			assertTrue(port > 0, name);
			assertTrue(node.getSpec().getTaints() == null || node.getSpec().getTaints().isEmpty(),
					name + ": no not-ready taint");
		}
		assertEquals(1, nodes.stream().map(n -> n.getStatus().getDaemonEndpoints().getKubeletEndpoint().getPort())
				.distinct().count(), "one kwok for all");
	}

	@Test
	void nodeLeasesAreRenewed(TestCluster cluster) throws Exception {
		CoordinationV1Api coordination = new CoordinationV1Api(cluster.adminClient());
		String node = DemoSeed.nodes().get(0);
		OffsetDateTime renewed = coordination.readNamespacedLease(node, "kube-node-lease").execute().getSpec()
				.getRenewTime();

		// A kubelet renews every quarter of the lease's 40 s.
		OffsetDateTime later = Poll.until("a renewal of " + node + "'s lease", Duration.ofSeconds(30),
				Duration.ofMillis(500), () -> {
					OffsetDateTime now = coordination.readNamespacedLease(node, "kube-node-lease").execute().getSpec()
							.getRenewTime();
					return now.isAfter(renewed) ? now : null;
				});
		assertTrue(later.isAfter(renewed));
	}

	private static String address(V1NodeAddress address) {
		return address.getType() + " " + address.getAddress();
	}
}
