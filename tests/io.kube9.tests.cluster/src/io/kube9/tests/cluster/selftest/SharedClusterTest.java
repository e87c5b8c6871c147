package io.kube9.tests.cluster.selftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import io.kube9.tests.cluster.Seed;
import io.kube9.tests.cluster.SharedTestCluster;
import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.WithTestCluster;
import io.kube9.tests.cluster.internal.ClusterState;
import io.kube9.tests.cluster.internal.Owner;
import io.kube9.tests.cluster.internal.SharedClusters;

/** The shared cluster is found again: by this JVM from memory, by any JVM from the state directory. */
@WithTestCluster
class SharedClusterTest {

	@Test
	void thisJvmGetsTheSameClusterEveryTime(TestCluster injected) {
		assertSame(injected, SharedTestCluster.get());
		assertSame(injected, SharedTestCluster.get(Seed.DEMO));
		assertTrue(injected.isShared());
	}

	@Test
	void anotherJvmWouldReuseTheRunningCluster(TestCluster cluster) throws Exception {
		// Exactly what a later test JVM runs: read the state under the lock, check /readyz as admin, reuse.
		ClusterState found = SharedClusters.acquire(SharedTestCluster.baseDirectory(),
				SharedTestCluster.key(cluster.seeds(), null), Owner.sessionOrThisJvm(), (state, reused) -> {
					assertTrue(reused, "reused, not restarted");
					return state;
				});

		assertEquals(cluster.port(), found.apiServerPort());
		assertEquals(cluster.directory(), found.files().directory());
		assertTrue(cluster.isReady());
		assertTrue(Files.isRegularFile(found.files().state()));
		assertEquals(ClusterState.PHASE_READY, found.phase());
		assertTrue(found.seeding().isEmpty());
	}
}
