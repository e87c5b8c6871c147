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
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.core.Kube9Core;
import io.kube9.core.Settings;
import io.kube9.core.internal.warmup.WarmUpJob;
import io.kube9.tests.cluster.support.StallWatchdog;

/**
 * The warm-up the Explorer starts when it opens: it builds the current context's client in a low-priority system
 * job, contacts no cluster, and the UI thread stays responsive while it runs.
 */
class WarmUpTest {

	private static final String CONTEXT = "quiet";

	@TempDir
	Path directory;

	@Test
	void buildsTheCurrentClientInALowPrioritySystemJobWithoutStallingTheUi() throws Exception {
		try (ServerSocket cluster = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
				Kube9Core core = Kube9Core.create(settings(cluster));
				StallWatchdog watchdog = StallWatchdog.start("the UI thread", Display.getCurrent()::asyncExec,
						Display.getCurrent().getThread())) {
			assertFalse(core.clients().isReady(CONTEXT));
			UiWait.until("the watchdog's first heartbeat", () -> watchdog.heartbeats() > 0);

			core.warmUpInBackground();
			Job[] jobs = Job.getJobManager().find(WarmUpJob.FAMILY);
			assertEquals(1, jobs.length);
			assertTrue(jobs[0].isSystem(), "a system job: not in the Progress view");
			assertEquals(Job.DECORATE, jobs[0].getPriority());
			UiWait.jobs(WarmUpJob.FAMILY);

			assertTrue(core.clients().isReady(CONTEXT), "the warm-up built the current context's client");
			// The same bound as every other view test (stretched by the load of a busy machine).
			watchdog.assertNoStallLongerThanOnThisMachine(KubeconfigStatesTest.STALL_LIMIT);
			assertNothingConnected(cluster);
		}
	}

	@Test
	void runsOncePerEngineAndStopsWhenCancelled() throws Exception {
		try (ServerSocket cluster = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
				Kube9Core core = Kube9Core.create(settings(cluster))) {
			// Counted as scheduled: the job may be done before anyone could look for it.
			AtomicInteger scheduled = new AtomicInteger();
			IJobChangeListener counter = new JobChangeAdapter() {
				@Override
				public void scheduled(IJobChangeEvent event) {
					if (event.getJob().belongsTo(WarmUpJob.FAMILY)) {
						scheduled.incrementAndGet();
					}
				}
			};
			Job.getJobManager().addJobChangeListener(counter);
			try {
				core.warmUpInBackground();
				core.warmUpInBackground();
				Job.getJobManager().cancel(WarmUpJob.FAMILY);
				UiWait.jobs(WarmUpJob.FAMILY);
			} finally {
				Job.getJobManager().removeJobChangeListener(counter);
			}
			assertEquals(1, scheduled.get(), "a second view opening warms up nothing again");
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
