package io.kube9.ui.internal.view;

import java.util.Optional;

import io.kube9.core.Kube9Core;
import io.kube9.core.kubeconfig.KubeContext;
import io.kube9.core.kubeconfig.Kubeconfig;
import io.kube9.core.status.ClusterStatus;
import io.kube9.ui.internal.model.NamespaceScopes;

/**
 * What is known about a cluster without asking it: its kubeconfig entry, whether it is the current context, the
 * namespace its listings follow, and the last status check, if any. Read from memory only (labels use it).
 *
 * @param name           the context's name
 * @param context        its kubeconfig entry, or null when it is gone from the kubeconfig
 * @param current        whether it is the current context
 * @param allNamespaces  whether its listings cover all namespaces
 * @param namespace      its active namespace
 * @param status         the last status check, if it was checked
 * @param disconnected   whether its live updates lost their connection and are retrying
 */
public record ClusterFacts(String name, KubeContext context, boolean current, boolean allNamespaces, String namespace,
		Optional<ClusterStatus> status, boolean disconnected) {

	public static ClusterFacts of(Kube9Core core, String name) {
		Kubeconfig kubeconfig = core.kubeconfig().current();
		KubeContext context = kubeconfig.context(name).orElse(null);
		boolean current = kubeconfig.currentContext().filter(name::equals).isPresent();
		String namespace = context == null ? KubeContext.DEFAULT_NAMESPACE : core.kubeconfig().activeNamespace(name);
		return new ClusterFacts(name, context, current, NamespaceScopes.get().allNamespaces(name), namespace,
				core.status().last(name), core.live().disconnected(name));
	}

	/** A context's active namespace, or null when the context is gone from the kubeconfig. */
	public static String activeNamespace(Kube9Core core, String name) {
		return core.kubeconfig().current().context(name).isPresent() ? core.kubeconfig().activeNamespace(name) : null;
	}
}
