package io.kube9.tests.cluster.selftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;

/** The contexts that fail on purpose fail the way they claim to: refused, timed out, unresolvable. */
@WithTestCluster
class UnreachableContextsTest {

	private static final Duration CONNECT = Duration.ofSeconds(3);
	private static final Duration READ = Duration.ofSeconds(1);

	@Test
	void unreachableIsConnectionRefused(TestCluster cluster) throws Exception {
		ApiException failure = failureOf(cluster, Contexts.UNREACHABLE);

		assertEquals(0, failure.getCode(), "no HTTP answer");
		assertTrue(causes(failure).stream().anyMatch(ConnectException.class::isInstance), causes(failure)::toString);
	}

	@Test
	void blackholeRunsIntoTheReadTimeout(TestCluster cluster) throws Exception {
		long begin = System.nanoTime();
		ApiException failure = failureOf(cluster, Contexts.BLACKHOLE);
		Duration took = Duration.ofNanos(System.nanoTime() - begin);

		assertEquals(0, failure.getCode(), "no HTTP answer");
		assertTrue(causes(failure).stream().anyMatch(SocketTimeoutException.class::isInstance),
				causes(failure)::toString);
		assertTrue(took.compareTo(READ.minusMillis(100)) >= 0, "waited for the read timeout, took " + took);
		assertTrue(took.compareTo(Duration.ofSeconds(15)) < 0, "but not forever, took " + took);
	}

	@Test
	void dnsFailIsAnUnknownHost(TestCluster cluster) throws Exception {
		ApiException failure = failureOf(cluster, Contexts.DNS_FAIL);

		assertEquals(0, failure.getCode(), "no HTTP answer");
		assertTrue(causes(failure).stream().anyMatch(UnknownHostException.class::isInstance),
				causes(failure)::toString);
	}

	private static ApiException failureOf(TestCluster cluster, String context) throws Exception {
		CoreV1Api core = new CoreV1Api(cluster.client(context, CONNECT, READ));
		return assertThrows(ApiException.class, () -> core.listNamespacedPod("default").execute());
	}

	private static List<Throwable> causes(Throwable failure) {
		List<Throwable> chain = new ArrayList<>();
		for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
			chain.add(t);
		}
		return chain;
	}
}
