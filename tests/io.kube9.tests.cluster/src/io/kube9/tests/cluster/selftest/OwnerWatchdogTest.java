package io.kube9.tests.cluster.selftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.tests.cluster.internal.ClusterState;
import io.kube9.tests.cluster.internal.Component;
import io.kube9.tests.cluster.internal.Poll;
import io.kube9.tests.cluster.internal.RecordedProcess;
import io.kube9.tests.cluster.internal.SharedClusters;

/**
 * No cluster outlives its owner: killing the owner with SIGKILL (no hook can run) makes the cluster's watchdog
 * stop every process of it (etcd, kube-apiserver, kube-controller-manager, kube-scheduler, kwok, the pod
 * backend) and then end itself; the next JVM tidies the orphan away; an explicit stop stops everything.
 */
class OwnerWatchdogTest {

	@TempDir
	Path base;

	@Test
	void clusterDiesWithItsOwnerAndIsReplaced() throws Exception {
		Process firstOwner = new ProcessBuilder("sleep", "600").start();
		Process secondOwner = new ProcessBuilder("sleep", "600").start();
		try {
			ClusterState first = SharedClusters.acquire(base, "watchdog", RecordedProcess.of(firstOwner, null),
					(state, reused) -> {
						assertFalse(reused);
						return state;
					});
			List<RecordedProcess> processes = first.processesInStopOrder();
			assertEquals(Component.STOP_ORDER.size(), processes.size(), processes::toString);
			for (RecordedProcess process : processes) {
				assertTrue(process.alive(), process::toString);
			}

			firstOwner.destroyForcibly();
			assertTrue(firstOwner.waitFor(10, TimeUnit.SECONDS));
			Poll.until("every process stopped by the watchdog, the watchdog gone too", Duration.ofSeconds(20),
					Duration.ofMillis(100), () -> processes.stream().anyMatch(RecordedProcess::alive) ? null
							: Boolean.TRUE);

			ClusterState second = SharedClusters.acquire(base, "watchdog", RecordedProcess.of(secondOwner, null),
					(state, reused) -> {
						assertFalse(reused);
						return state;
					});
			assertFalse(Files.exists(first.files().directory()), "the dead owner's cluster folder was removed");
			RecordedProcess secondApiServer = second.apiServerProcess().orElseThrow();
			assertTrue(secondApiServer.alive());

			List<RecordedProcess> secondProcesses = second.processesInStopOrder();
			assertEquals(Component.STOP_ORDER.size(), secondProcesses.size(), secondProcesses::toString);
			assertEquals(1, SharedClusters.stop(base, Optional.empty()));
			for (RecordedProcess process : secondProcesses) {
				assertFalse(process.alive(), process::toString);
			}
			assertFalse(Files.exists(second.files().directory()));
		} finally {
			firstOwner.destroyForcibly();
			secondOwner.destroyForcibly();
		}
	}
}
