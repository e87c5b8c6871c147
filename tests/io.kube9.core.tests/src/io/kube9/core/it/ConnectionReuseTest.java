package io.kube9.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

import io.kube9.core.Kube9Core;
import io.kube9.core.errors.KubeException;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourceQuery;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.SharedTestCluster;

/** Sequential requests to one cluster ride one pooled TCP connection; contexts share one pool. */
class ConnectionReuseTest {

	@Test
	void manySequentialRequestsOpenOneConnection() throws KubeException {
		try (Kube9Core engine = Engines.on(SharedTestCluster.get().kubeconfigs().all())) {
			for (int i = 0; i < 20; i++) {
				engine.resources().refresh(ResourceQuery.of(Contexts.ADMIN, ResourceKinds.NAMESPACES));
			}
			assertEquals(1, engine.clients().connectionPool().connectionCount());
		}
	}

	@Test
	void everyContextsClientSharesThePoolAndDispatcher() throws KubeException {
		try (Kube9Core engine = Engines.on(SharedTestCluster.get().kubeconfigs().all())) {
			var admin = engine.clients().api(Contexts.ADMIN).getHttpClient();
			var viewer = engine.clients().api(Contexts.VIEWER).getHttpClient();
			assertSame(admin.connectionPool(), viewer.connectionPool());
			assertSame(admin.dispatcher(), viewer.dispatcher());
			assertSame(engine.clients().api(Contexts.ADMIN), engine.clients().api(Contexts.ADMIN),
					"one client per context, built once");
		}
	}
}
