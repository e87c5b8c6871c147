package io.kube9.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.kube9.core.Kube9Core;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourceRef;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.SharedTestCluster;

/**
 * A change that gets no answer (a server that accepts the connection and never answers) says that it may or may
 * not have been made; a refused connection is classified as such.
 */
class ChangeWithoutAnswerTest {

	@Test
	void aChangeWithoutAnswerSaysItsOutcomeIsUnknown() throws Exception {
		try (Kube9Core engine = Engines.on(SharedTestCluster.get().kubeconfigs().all())) {
			ResourceRef config = new ResourceRef(Contexts.BLACKHOLE, ResourceKinds.CONFIGMAPS, "default", "settings");

			KubeException silent = assertThrows(KubeException.class, () -> engine.changes().scale(
					new ResourceRef(Contexts.BLACKHOLE, ResourceKinds.DEPLOYMENTS, "default", "web"), 2));

			assertEquals(ErrorKind.TIMEOUT, silent.kind());
			assertTrue(silent.detail().contains("may or may not have been made"), silent.detail());

			KubeException refused = assertThrows(KubeException.class, () -> engine.changes()
					.delete(new ResourceRef(Contexts.UNREACHABLE, config.kind(), "default", "settings")));
			assertEquals(ErrorKind.REFUSED, refused.kind());
		}
	}
}
