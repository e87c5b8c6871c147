package io.kube9.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.kube9.core.errors.ErrorKind;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kube9.ui.internal.ExplorerCommands;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.ErrorNode;
import io.kube9.ui.internal.tree.LoadingNode;

/**
 * The test cluster's contexts that cannot be reached (a refused port, a listener that never answers, a host that
 * does not resolve) show one error child with the classified reason, and the explorer never waits for them.
 */
@WithTestCluster
class UnreachableClustersTest {

	private ExplorerFixture explorer;

	@BeforeEach
	void open(TestCluster cluster) throws Exception {
		explorer = ExplorerFixture.open(cluster.kubeconfigs().all());
		explorer.clusters(Contexts.ALL.size());
	}

	@AfterEach
	void close() {
		explorer.close();
	}

	@Test
	void aRefusedClusterShowsOneErrorAndRetriesOnRequest() throws Exception {
		ClusterNode refused = new ClusterNode(Contexts.UNREACHABLE);
		ErrorNode error = onlyError(explorer.expand(refused));
		assertEquals(ErrorKind.REFUSED, error.failure().kind());
		assertEquals("Connection refused", error.failure().getMessage());
		// The status answer redraws the cluster through the coalescing updater.
		UiWait.until("the cluster marked unreachable", () -> explorer.item(refused).getText().contains("unreachable"));

		Commands.run(explorer.explorer(), ExplorerCommands.RETRY, error);
		UiWait.until("the retry", () -> explorer.model().loadCount(refused) == 2 && !explorer.isLoading(refused));
		assertEquals(ErrorKind.REFUSED, onlyError(explorer.shown(refused)).failure().kind());
	}

	@Test
	void aFailureIsLoggedOnceHoweverOftenItIsShown() {
		List<IStatus> logged = new CopyOnWriteArrayList<>();
		ILogListener listener = (status, plugin) -> {
			if (status.getMessage().contains("Connection refused")) {
				logged.add(status);
			}
		};
		Platform.addLogListener(listener);
		try {
			ClusterNode refused = new ClusterNode(Contexts.UNREACHABLE);
			onlyError(explorer.expand(refused));
			explorer.viewer().collapseAll();
			explorer.viewer().refresh();
			onlyError(explorer.expand(refused));
			explorer.model().retry(onlyError(explorer.shown(refused)));
			UiWait.until("the retry", () -> explorer.model().loadCount(refused) == 2 && !explorer.isLoading(refused));
			assertEquals(1, logged.size(), logged.toString());
			assertEquals(IStatus.WARNING, logged.get(0).getSeverity());
			assertTrue(logged.get(0).getMessage().startsWith("Loading " + Contexts.UNREACHABLE + " failed: Connection refused"),
					logged.get(0).getMessage());
		} finally {
			Platform.removeLogListener(listener);
		}
	}

	@Test
	void anUnresolvableHostIsADnsError() {
		ErrorNode error = onlyError(explorer.expand(new ClusterNode(Contexts.DNS_FAIL)));
		assertEquals(ErrorKind.DNS, error.failure().kind());
	}

	@Test
	void aServerThatNeverAnswersTimesOutWhileTheUiGoesOn() {
		ClusterNode cluster = new ClusterNode(Contexts.BLACKHOLE);
		long started = System.nanoTime();
		explorer.viewer().expandToLevel(cluster, 1);
		Duration expanding = Duration.ofNanos(System.nanoTime() - started);
		assertTrue(expanding.compareTo(Duration.ofMillis(500)) < 0, "expanding took " + expanding);
		assertEquals(List.of(new LoadingNode(cluster)), explorer.shown(cluster));

		AtomicInteger ticks = new AtomicInteger();
		Display display = Display.getCurrent();
		Runnable tick = new Runnable() {
			@Override
			public void run() {
				ticks.incrementAndGet();
				display.timerExec(100, this);
			}
		};
		display.timerExec(100, tick);
		try {
			ErrorNode error = onlyError(explorer.loaded(cluster));
			Duration waited = Duration.ofNanos(System.nanoTime() - started);
			assertEquals(ErrorKind.TIMEOUT, error.failure().kind());
			assertTrue(waited.compareTo(ExplorerFixture.REQUEST_TIMEOUT.minusMillis(500)) > 0, "failed after " + waited);
			assertTrue(waited.compareTo(ExplorerFixture.REQUEST_TIMEOUT.plusSeconds(5)) < 0, "failed after " + waited);
			// Timer events ran all along: the UI thread was never blocked.
			assertTrue(ticks.get() >= waited.toMillis() / 100 / 2, ticks.get() + " ticks in " + waited);
		} finally {
			display.timerExec(-1, tick);
		}
	}

	private static ErrorNode onlyError(List<Object> children) {
		assertEquals(1, children.size(), children.toString());
		return assertInstanceOf(ErrorNode.class, children.get(0));
	}
}
