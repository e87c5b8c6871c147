package io.kube9.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import io.kube9.core.Kube9Core;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourceQuery;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.SharedTestCluster;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.support.Conditions;

/**
 * The engine starts no thread before it is first used (the workbench's start pays nothing for it), and closing
 * it ends its threads, the kubeconfig watching and its connections; the bundle's activator closes the shared one.
 */
class EngineLifecycleTest {

	@Test
	void noThreadBeforeFirstUseAndNoneLeftAfterClose() throws Exception {
		TestCluster cluster = SharedTestCluster.get();
		Set<Thread> before = Thread.getAllStackTraces().keySet();

		Kube9Core engine = Engines.on(cluster.kubeconfigs().all());
		assertEquals(List.of(), ours(before), "made, not used: no thread yet");

		engine.resources().refresh(ResourceQuery.of(Contexts.ADMIN, ResourceKinds.NAMESPACES));
		engine.status().checkOnce(Contexts.ADMIN).get(60, TimeUnit.SECONDS);
		assertTrue(ours(before).stream().anyMatch(name -> name.contains("kubeconfig watcher")), ours(before).toString());
		assertTrue(engine.clients().connectionPool().connectionCount() > 0);

		engine.close();
		Conditions.await("every thread the engine started ending", Duration.ofSeconds(60), () -> ours(before).isEmpty());
		assertEquals(List.of(), ours(before), "every thread the engine started has ended");
		assertEquals(0, engine.clients().connectionPool().connectionCount());
		assertTrue(engine.isClosed());
	}

	@Test
	void stoppingTheBundleClosesTheSharedEngine() throws Exception {
		Bundle core = FrameworkUtil.getBundle(Kube9Core.class);
		Kube9Core first = Kube9Core.get();
		assertFalse(first.isClosed());
		core.stop();
		try {
			assertTrue(first.isClosed(), "closed by the activator");
		} finally {
			core.start(Bundle.START_ACTIVATION_POLICY);
		}
		Kube9Core second = Kube9Core.get();
		assertNotSame(first, second, "a new one after a restart");
		Kube9Core.closeShared();
		assertTrue(second.isClosed());
	}

	/**
	 * Live threads started since {@code before} by the engine or its HTTP client. OkHttp's own task runner is
	 * process-wide (shared by every OkHttp client) and lets idle threads go after a minute: not ours to stop.
	 */
	private static List<String> ours(Set<Thread> before) {
		return Thread.getAllStackTraces().keySet().stream()
				.filter(thread -> !before.contains(thread) && thread.isAlive())
				.map(Thread::getName)
				.filter(name -> (name.startsWith("kube9") || name.startsWith("Kube9") || name.startsWith("OkHttp"))
						&& !name.startsWith("OkHttp TaskRunner"))
				.sorted().collect(Collectors.toList());
	}
}
