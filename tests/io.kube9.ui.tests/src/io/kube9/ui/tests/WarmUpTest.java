package io.kube9.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.core.Kube9Core;
import io.kube9.core.Settings;
import io.kube9.core.internal.warmup.WarmUpJob;

/**
 * The warm-up the Explorer starts when it opens: it builds the current context's client in a low-priority system
 * job, contacts no cluster, and the UI thread stays responsive while it runs.
 */
class WarmUpTest {

	/** What the user may feel at worst while the warm-up runs (the stall watchdog's bound). */
	private static final Duration STALL_BOUND = Duration.ofMillis(250);
	private static final String CONTEXT = "quiet";

	@TempDir
	Path directory;

	@Test
	void buildsTheCurrentClientInALowPrioritySystemJobWithoutStallingTheUi() throws Exception {
		try (ServerSocket cluster = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
				Kube9Core core = Kube9Core.create(settings(cluster));
				UiStallWatchdog watchdog = UiStallWatchdog.start(Display.getCurrent())) {
			assertFalse(core.clients().isReady(CONTEXT));

			core.warmUpInBackground();
			Job[] jobs = Job.getJobManager().find(WarmUpJob.FAMILY);
			assertEquals(1, jobs.length);
			assertTrue(jobs[0].isSystem(), "a system job: not in the Progress view");
			assertEquals(Job.DECORATE, jobs[0].getPriority());
			UiWait.jobs(WarmUpJob.FAMILY);

			assertTrue(core.clients().isReady(CONTEXT), "the warm-up built the current context's client");
			assertTrue(watchdog.probes() > 0, "the watchdog saw the UI thread run");
			assertTrue(watchdog.longestStall().compareTo(STALL_BOUND) < 0,
					"the UI thread stalled " + watchdog.longestStall().toMillis() + " ms");
			assertNothingConnected(cluster);
		}
	}

	@Test
	void runsOncePerEngineAndStopsWhenCancelled() throws Exception {
		try (ServerSocket cluster = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
				Kube9Core core = Kube9Core.create(settings(cluster))) {
			core.warmUpInBackground();
			core.warmUpInBackground();
			Job[] jobs = Job.getJobManager().find(WarmUpJob.FAMILY);
			assertEquals(1, jobs.length, "a second view opening warms up nothing again");
			jobs[0].cancel();
			UiWait.jobs(WarmUpJob.FAMILY);
			assertNothingConnected(cluster);
		}
	}

	private Settings settings(ServerSocket cluster) throws IOException {
		Path kubeconfig = directory.resolve("kubeconfig");
		TestKubeconfigs.write(kubeconfig, TestKubeconfigs
				.text(Map.of(CONTEXT, "https://127.0.0.1:" + cluster.getLocalPort()), CONTEXT));
		return Settings.defaults().withKubeconfigFiles(List.of(kubeconfig));
	}

	/** No connection reached the cluster's address: the warm-up sends nothing. */
	private static void assertNothingConnected(ServerSocket cluster) throws IOException {
		cluster.setSoTimeout(1);
		assertThrows(SocketTimeoutException.class, cluster::accept);
	}
}
