package io.kube9.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.kube9.core.Kube9Core;
import io.kube9.core.errors.KubeException;
import io.kube9.core.resources.ResourceItem;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourceQuery;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.DemoSeed;
import io.kube9.tests.cluster.SharedTestCluster;
import io.kube9.tests.cluster.TestCluster;

/** Every way the test cluster's kubeconfig authenticates, through the engine, on the real API server. */
class AuthenticationTest {

	private static TestCluster cluster;
	private static Kube9Core engine;
	private static Kube9Core splitEngine;

	@BeforeAll
	static void start() {
		cluster = SharedTestCluster.get();
		engine = Engines.on(cluster.kubeconfigs().all());
		splitEngine = Engines.on(cluster.kubeconfigs().first(), cluster.kubeconfigs().second());
	}

	@AfterAll
	static void stop() {
		engine.close();
		splitEngine.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { Contexts.ADMIN, Contexts.VIEWER, Contexts.EXEC, Contexts.RELATIVE_FILES })
	void readsPodsWith(String context) throws KubeException {
		assertEquals(DemoSeed.podKeys(cluster, null), podKeys(engine, context));
	}

	@Test
	void readsOnlyItsNamespaceWhenRestricted() throws KubeException {
		List<ResourceItem> pods = engine.resources()
				.list(ResourceQuery.of(Contexts.RESTRICTED, ResourceKinds.PODS).inNamespace(Contexts.RESTRICTED_NAMESPACE))
				.items();
		assertEquals(DemoSeed.countsByNamespace("Pod").getOrDefault(Contexts.RESTRICTED_NAMESPACE, 0L).intValue(),
				pods.size());
	}

	@ParameterizedTest
	@ValueSource(strings = { Contexts.ADMIN, Contexts.VIEWER, Contexts.EXEC, Contexts.RELATIVE_FILES })
	void mergesASplitKubeconfigLikeKubectl(String context) throws KubeException {
		assertEquals(DemoSeed.podKeys(cluster, null), podKeys(splitEngine, context));
	}

	@Test
	void theSplitPairHasEveryContextAndTheFirstFilesCurrentContext() {
		assertEquals(Set.copyOf(Contexts.ALL), splitEngine.kubeconfig().current().contexts().stream()
				.map(c -> c.name()).collect(Collectors.toSet()));
		assertEquals(Contexts.ADMIN, splitEngine.kubeconfig().current().currentContext().orElseThrow());
		assertFalse(splitEngine.kubeconfig().current().contexts().stream().anyMatch(c -> !c.usable()),
				"every context of the split pair is usable");
	}

	@Test
	void namesEachContextsFile() {
		assertTrue(splitEngine.kubeconfig().current().context(Contexts.EXEC).orElseThrow().file()
				.equals(cluster.kubeconfigs().second()));
		assertTrue(splitEngine.kubeconfig().current().context(Contexts.ADMIN).orElseThrow().file()
				.equals(cluster.kubeconfigs().first()));
	}

	/** Pods, which the built-in view role may read (nodes it may not). */
	private static Set<String> podKeys(Kube9Core core, String context) throws KubeException {
		return core.resources().list(ResourceQuery.of(context, ResourceKinds.PODS)).items().stream()
				.map(pod -> pod.namespace() + "/" + pod.name()).collect(Collectors.toSet());
	}
}
