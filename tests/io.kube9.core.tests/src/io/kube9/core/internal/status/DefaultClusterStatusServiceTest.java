package io.kube9.core.internal.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.google.common.base.Ticker;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.kube9.core.Settings;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.errors.Errors;
import io.kube9.core.internal.source.CancellationSignal;
import io.kube9.core.internal.source.ResourceSource;
import io.kube9.core.resources.ResourcePage;
import io.kube9.core.resources.ResourceQuery;
import io.kube9.core.status.ArgoCdPresence;
import io.kube9.core.status.ClusterStatus;
import io.kube9.core.status.Connectivity;
import io.kube9.core.status.OperatorStatus;

/**
 * The check publishes in two steps: connectivity as soon as /version answers, the whole status (operator,
 * ArgoCD) when the slower answers are in. A source that holds those back on a latch shows the order.
 */
class DefaultClusterStatusServiceTest {

	private static final String CONTEXT = "ctx";

	private final ExecutorService executor = Executors.newCachedThreadPool();
	private final CountDownLatch slowAnswers = new CountDownLatch(1);
	private final List<String> asked = new CopyOnWriteArrayList<>();

	@AfterEach
	void stop() {
		slowAnswers.countDown();
		executor.shutdownNow();
	}

	@Test
	void connectivityIsKnownBeforeTheOperatorAndArgoCdAnswer() throws Exception {
		DefaultClusterStatusService status = service(new HeldBackSource(false));

		Connectivity connectivity = status.connectivity(CONTEXT).get(10, TimeUnit.SECONDS);
		assertTrue(connectivity.reachable());
		assertEquals("v1.36.3", connectivity.version());
		assertFalse(status.checkOnce(CONTEXT).isDone(), "the operator and ArgoCD answers are still held back");
		assertTrue(status.last(CONTEXT).isEmpty(), "nothing published before the whole status");

		slowAnswers.countDown();
		ClusterStatus whole = status.checkOnce(CONTEXT).get(10, TimeUnit.SECONDS);
		assertEquals(OperatorStatus.Mode.BASIC, whole.operator().mode());
		assertEquals(ArgoCdPresence.NOT_INSTALLED, whole.argoCd());
		assertEquals(whole, status.last(CONTEXT).orElseThrow());
	}

	@Test
	void anUnreachableClusterIsKnownAtOnceAndNothingElseIsAsked() throws Exception {
		DefaultClusterStatusService status = service(new HeldBackSource(true));

		Connectivity connectivity = status.connectivity(CONTEXT).get(10, TimeUnit.SECONDS);
		assertFalse(connectivity.reachable());
		assertEquals(ErrorKind.REFUSED, connectivity.error().kind());
		status.checkOnce(CONTEXT).get(10, TimeUnit.SECONDS);
		assertEquals(List.of("/version"), asked);
	}

	@Test
	void aRecheckHasAConnectivityOfItsOwn() throws Exception {
		slowAnswers.countDown();
		DefaultClusterStatusService status = service(new HeldBackSource(false));
		status.checkOnce(CONTEXT).get(10, TimeUnit.SECONDS);
		int before = asked.size();

		status.recheck(CONTEXT);
		assertTrue(status.connectivity(CONTEXT).get(10, TimeUnit.SECONDS).reachable());
		status.checkOnce(CONTEXT).get(10, TimeUnit.SECONDS);
		assertTrue(asked.size() > before, "the recheck asked the cluster again");
	}

	private DefaultClusterStatusService service(ResourceSource source) {
		return new DefaultClusterStatusService(() -> source,
				() -> Settings.defaults().withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10)), executor,
				Ticker.systemTicker(), Clock.systemUTC());
	}

	/** /version answers at once (or is refused); every other GET waits for the latch, then finds nothing. */
	private final class HeldBackSource implements ResourceSource {

		private final boolean refused;

		HeldBackSource(boolean refused) {
			this.refused = refused;
		}

		@Override
		public String name() {
			return "held-back";
		}

		@Override
		public ResourcePage list(ResourceQuery query, CancellationSignal cancellation) {
			throw new UnsupportedOperationException();
		}

		@Override
		public JsonObject get(String context, String path, Duration timeout, CancellationSignal cancellation)
				throws KubeException {
			asked.add(path);
			if (path.equals("/version")) {
				if (refused) {
					throw Errors.of(ErrorKind.REFUSED, context, "connection refused");
				}
				return JsonParser.parseString("{\"gitVersion\":\"v1.36.3\"}").getAsJsonObject();
			}
			try {
				slowAnswers.await(10, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			throw Errors.of(ErrorKind.NOT_FOUND, context, "not found");
		}
	}
}
