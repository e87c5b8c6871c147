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
	@EnumSource(value = ErrorKind.class, names = { "TLS", "UNKNOWN", "KUBECONFIG", "CREDENTIAL_PLUGIN" })
	void retriesThroughKubectlWhatOnlyTheJavaClientFailed(ErrorKind kind) throws KubeException {
		ResourcePage kubectlPage = page("kubectl");
		List<KubeException> logged = new ArrayList<>();
		FallbackSource source = new FallbackSource(failing(Errors.clientSide(kind, "c", "client-side", null)),
				answering(kubectlPage), logged::add);
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

	/** What the server answered, the network did or a plugin said: kubectl would meet it the same way. */
	@ParameterizedTest
	@EnumSource(ErrorKind.class)
	void doesNotRetryWhatKubectlWouldFailToo(ErrorKind kind) {
		List<KubeException> logged = new ArrayList<>();
		FallbackSource source = new FallbackSource(failing(Errors.of(kind, "c", "failed")), answering(page("kubectl")),
				logged::add);
		assertEquals(kind, assertThrows(KubeException.class, () -> source.list(QUERY, CancellationSignal.none())).kind());
		assertThrows(KubeException.class, () -> source.get("c", "/version", null, CancellationSignal.none()));
		assertEquals(0, logged.size());
	}

	@Test
	void whenKubectlFailsTooTheClientsErrorIsShownWithKubectlsAsASecondLine() {
		KubeException client = Errors.clientSide(ErrorKind.KUBECONFIG, "c",
				"Context 'c': user 'u' uses the auth-provider 'azure', which is not supported", null);
		KubeException kubectl = Errors.of(ErrorKind.KUBECONFIG, "c",
				"error: error loading config file \"/home/dev/.kube/broken.yaml\": yaml: line 3: could not find expected ':'");
		FallbackSource source = new FallbackSource(failing(client), failing(kubectl), e -> {
		});
		for (KubeException shown : List.of(
				assertThrows(KubeException.class, () -> source.list(QUERY, CancellationSignal.none())),
				assertThrows(KubeException.class, () -> source.get("c", "/version", null, CancellationSignal.none())))) {
			assertEquals(ErrorKind.KUBECONFIG, shown.kind());
			assertEquals(client.getMessage(), shown.getMessage());
			List<String> lines = shown.detail().lines().toList();
			assertEquals(2, lines.size(), shown.detail());
			assertEquals(client.detail(), lines.get(0));
			assertTrue(lines.get(1).startsWith("kubectl, tried next, failed too: "), lines.get(1));
			assertTrue(lines.get(1).contains("broken.yaml"), lines.get(1));
		}
	}

	@Test
	void noFallbackInTheMiddleOfPaging() {
		List<KubeException> logged = new ArrayList<>();
		FallbackSource source = new FallbackSource(failing(Errors.clientSide(ErrorKind.UNKNOWN, "c", "reset", null)),
				answering(page("kubectl")), logged::add);
		ResourceQuery secondPage = QUERY.withLimit(500).continuing("eyJ2IjoibWV0YS5rOHMuaW8vdjEifQ");
		assertEquals(ErrorKind.UNKNOWN,
				assertThrows(KubeException.class, () -> source.list(secondPage, CancellationSignal.none())).kind());
		assertEquals(0, logged.size());
	}

	@Test
	void noFallbackOnceCancelled() {
		CancellationSignal cancelled = new CancellationSignal();
		cancelled.cancel();
		FallbackSource source = new FallbackSource(failing(Errors.clientSide(ErrorKind.UNKNOWN, "c", "Canceled", null)),
				answering(page("kubectl")), e -> {
				});
		assertThrows(KubeException.class, () -> source.list(QUERY, cancelled));
	}

	private static ResourcePage page(String backend) {
		return new ResourcePage(List.of(), "", -1, Instant.now(), backend);
	}

	private static ResourceSource failing(KubeException failure) {
		return new ResourceSource() {
			@Override
			public String name() {
				return "failing";
			}

			@Override
			public ResourcePage list(ResourceQuery query, CancellationSignal cancellation) throws KubeException {
				throw failure;
			}

			@Override
			public JsonObject get(String context, String path, Duration timeout, CancellationSignal cancellation)
					throws KubeException {
				throw failure;
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
