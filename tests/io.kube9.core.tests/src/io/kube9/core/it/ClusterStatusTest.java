package io.kube9.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.kube9.core.Kube9Core;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.status.ArgoCdPresence;
import io.kube9.core.status.ClusterStatus;
import io.kube9.core.status.OperatorStatus.Mode;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.DemoSeed;
import io.kube9.tests.cluster.SharedTestCluster;

/** The checks of a cluster's first expansion, on the demo seed: operator status and ArgoCD presence. */
class ClusterStatusTest {

	private static Kube9Core engine;
	private static final List<ClusterStatus> published = new CopyOnWriteArrayList<>();

	@BeforeAll
	static void start() {
		engine = Engines.on(SharedTestCluster.get().kubeconfigs().all());
		engine.status().addListener(published::add);
	}

	@AfterAll
	static void stop() {
		engine.close();
	}

	@Test
	void adminSeesTheOperatorOperatedAndArgoCd() throws Exception {
		ClusterStatus status = engine.status().checkOnce(Contexts.ADMIN).get(30, TimeUnit.SECONDS);
		assertTrue(status.connectivity().reachable());
		assertTrue(status.connectivity().version().startsWith("v1.36"), status.connectivity().version());
		assertEquals(Mode.OPERATED, status.operator().mode(), status.operator().reason());
		assertEquals(DemoSeed.OPERATOR_VERSION, status.operator().version());
		assertEquals(ArgoCdPresence.INSTALLED, status.argoCd());
		assertTrue(published.contains(status));
		assertSame(status, engine.status().checkOnce(Contexts.ADMIN).get(1, TimeUnit.SECONDS), "checked once");
	}

	@Test
	void viewerFindsArgoCdThroughDiscovery() throws Exception {
		ClusterStatus status = engine.status().checkOnce(Contexts.VIEWER).get(30, TimeUnit.SECONDS);
		assertEquals(ArgoCdPresence.INSTALLED, status.argoCd());
		assertEquals(Mode.OPERATED, status.operator().mode());
	}

	@Test
	void restrictedCannotReadTheOperatorsStatus() throws Exception {
		ClusterStatus status = engine.status().checkOnce(Contexts.RESTRICTED).get(30, TimeUnit.SECONDS);
		assertTrue(status.connectivity().reachable());
		assertEquals(Mode.UNKNOWN, status.operator().mode());
		assertFalse(status.operator().reason().isEmpty());
	}

	@Test
	void anUnreachableClusterIsReportedWithItsReason() throws Exception {
		ClusterStatus status = engine.status().checkOnce(Contexts.UNREACHABLE).get(30, TimeUnit.SECONDS);
		assertFalse(status.connectivity().reachable());
		assertEquals(ErrorKind.REFUSED, status.connectivity().error().kind());
		assertEquals(ArgoCdPresence.UNKNOWN, status.argoCd());
	}

	@Test
	void aBlackholedClusterTimesOut() throws Exception {
		ClusterStatus status = engine.status().checkOnce(Contexts.BLACKHOLE).get(30, TimeUnit.SECONDS);
		assertEquals(ErrorKind.TIMEOUT, status.connectivity().error().kind());
	}
}
