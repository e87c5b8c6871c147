package io.kube9.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.net.SocketException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import io.kube9.core.Kube9Core;
import io.kube9.core.errors.KubeException;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourceQuery;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.SharedTestCluster;
import io.kubernetes.client.openapi.ApiClient;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

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

	/** Nagle's algorithm off: small requests on a pooled connection would otherwise wait for a delayed ACK. */
	@Test
	void connectionsSendSmallRequestsAtOnce() throws KubeException, IOException {
		try (Kube9Core engine = Engines.on(SharedTestCluster.get().kubeconfigs().all())) {
			ApiClient admin = engine.clients().api(Contexts.ADMIN);
			List<Boolean> noDelay = new CopyOnWriteArrayList<>();
			OkHttpClient observed = admin.getHttpClient().newBuilder().eventListener(new EventListener() {
				@Override
				public void connectionAcquired(Call call, Connection connection) {
					try {
						noDelay.add(connection.socket().getTcpNoDelay());
					} catch (SocketException e) {
						throw new IllegalStateException(e);
					}
				}
			}).build();
			try (Response response = observed.newCall(new Request.Builder().url(admin.getBasePath() + "/version")
					.build()).execute()) {
				assertEquals(200, response.code());
			}
			assertEquals(List.of(true), noDelay);
		}
	}
}
