package io.kube9.core.internal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.google.gson.JsonObject;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.errors.Errors;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourcePage;
import io.kube9.core.resources.ResourceQuery;

class FallbackSourceTest {

	private static final ResourceQuery QUERY = ResourceQuery.of("c", ResourceKinds.PODS);

	@ParameterizedTest
	@EnumSource(value = ErrorKind.class, names = { "CREDENTIAL_PLUGIN", "KUBECONFIG", "TLS", "UNKNOWN" })
	void retriesThroughKubectlWhenKubectlMaySurvive(ErrorKind kind) throws KubeException {
		ResourcePage kubectlPage = page("kubectl");
		List<KubeException> logged = new ArrayList<>();
		FallbackSource source = new FallbackSource(failing(kind), answering(kubectlPage), logged::add);
		ResourcePage served = source.list(QUERY, CancellationSignal.none());
		assertEquals("kubectl", served.backend());
		assertTrue(served.servedByFallback(), "the page says it came from the fallback");
		assertEquals(kind, served.fallbackFrom().kind(), "and keeps the API client's failure");
		assertEquals(1, logged.size());
		assertEquals(kind, logged.get(0).kind());
	}

	@Test
	void aPageTheApiClientServedIsNoFallback() throws KubeException {
		ResourcePage apiPage = page("api-client");
		FallbackSource source = new FallbackSource(answering(apiPage), answering(page("kubectl")), e -> {
		});
		ResourcePage served = source.list(QUERY, CancellationSignal.none());
		assertSame(apiPage, served);
		assertFalse(served.servedByFallback());
		assertNull(served.fallbackFrom());
	}

	@ParameterizedTest
	@EnumSource(value = ErrorKind.class, names = { "AUTHENTICATION", "PERMISSION", "NOT_FOUND", "TIMEOUT", "SERVER",
			"REFUSED", "DNS" })
	void doesNotRetryWhatKubectlWouldFailToo(ErrorKind kind) {
		List<KubeException> logged = new ArrayList<>();
		FallbackSource source = new FallbackSource(failing(kind), answering(page("kubectl")), logged::add);
		assertEquals(kind, assertThrows(KubeException.class, () -> source.list(QUERY, CancellationSignal.none())).kind());
		assertEquals(0, logged.size());
	}

	private static ResourcePage page(String backend) {
		return new ResourcePage(List.of(), "", -1, Instant.now(), backend);
	}

	private static ResourceSource failing(ErrorKind kind) {
		return new ResourceSource() {
			@Override
			public String name() {
				return "api-client";
			}

			@Override
			public ResourcePage list(ResourceQuery query, CancellationSignal cancellation) throws KubeException {
				throw Errors.of(kind, query.context(), "failed");
			}

			@Override
			public JsonObject get(String context, String path, Duration timeout, CancellationSignal cancellation)
					throws KubeException {
				throw Errors.of(kind, context, "failed");
			}
		};
	}

	private static ResourceSource answering(ResourcePage page) {
		return new ResourceSource() {
			@Override
			public String name() {
				return "kubectl";
			}

			@Override
			public ResourcePage list(ResourceQuery query, CancellationSignal cancellation) {
				return page;
			}

			@Override
			public JsonObject get(String context, String path, Duration timeout, CancellationSignal cancellation) {
				return new JsonObject();
			}
		};
	}
}
