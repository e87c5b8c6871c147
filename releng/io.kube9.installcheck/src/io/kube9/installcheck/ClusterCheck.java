package io.kube9.installcheck;

import java.util.concurrent.TimeUnit;

import io.kube9.core.Kube9Core;
import io.kube9.core.errors.KubeException;
import io.kube9.core.kubeconfig.Kubeconfig;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourcePage;
import io.kube9.core.resources.ResourceQuery;

/**
 * Core, as installed, lists the pods of the kubeconfig's current context (the build points KUBECONFIG at the real
 * test cluster) through its default backend, the API client. Runs off the UI thread.
 */
final class ClusterCheck {

	private final Problems problems;
	private final int minimumPods;

	ClusterCheck(Problems problems, int minimumPods) {
		this.problems = problems;
		this.minimumPods = minimumPods;
	}

	void run() {
		try {
			long start = System.nanoTime();
			Kubeconfig kubeconfig = Kube9Core.get().kubeconfig().current();
			String context = kubeconfig.currentContext().orElse(null);
			if (context == null) {
				problems.add("no current context in the kubeconfig " + kubeconfig.files());
				return;
			}
			ResourcePage pods = Kube9Core.get().resources().refresh(ResourceQuery.of(context, ResourceKinds.PODS));
			Report.line("core listed " + pods.items().size() + " pods of context " + context + " through "
					+ pods.backend() + " in " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
			if (pods.items().size() < minimumPods) {
				problems.add("core listed " + pods.items().size() + " pods, expected at least " + minimumPods);
			}
		} catch (KubeException e) {
			problems.add("core could not list pods: " + e.kind() + ": " + e.getMessage());
		} catch (RuntimeException | LinkageError e) {
			problems.add("core failed listing pods: " + e);
		}
	}
}
