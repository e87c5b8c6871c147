package io.kube9.benchmarks.support;

import io.kube9.core.Kube9Core;
import io.kube9.core.internal.status.DefaultClusterStatusService;

/**
 * Puts an engine back to how a fresh IDE finds it: no cached listings, no cluster checked, no client built, no
 * pooled connection. The kubeconfig stays loaded.
 */
public final class ColdStart {

	private ColdStart() {
	}

	public static void reset(Kube9Core core) {
		core.resources().invalidateAll();
		((DefaultClusterStatusService) core.status()).forgetAll();
		core.clients().invalidateAll();
		core.clients().connectionPool().evictAll();
	}
}
