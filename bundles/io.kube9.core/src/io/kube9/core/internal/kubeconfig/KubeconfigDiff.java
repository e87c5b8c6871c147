package io.kube9.core.internal.kubeconfig;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import io.kube9.core.kubeconfig.KubeContext;
import io.kube9.core.kubeconfig.KubeconfigChange;

/**
 * What changed between two loads; a context changed when its fields or its cluster or user entry differ, and
 * changed in its namespace only when nothing else of it did.
 */
public final class KubeconfigDiff {

	private KubeconfigDiff() {
	}

	public static KubeconfigChange between(MergedKubeconfig before, MergedKubeconfig after) {
		Set<String> added = new LinkedHashSet<>();
		Set<String> changed = new LinkedHashSet<>();
		Set<String> namespaceOnly = new LinkedHashSet<>();
		for (KubeContext context : after.contexts()) {
			ContextEntries now = after.find(context.name()).orElseThrow();
			before.find(context.name()).ifPresentOrElse(then -> {
				if (!then.equals(now)) {
					changed.add(context.name());
					if (then.withNamespace(context.namespace()).equals(now)) {
						namespaceOnly.add(context.name());
					}
				}
			}, () -> added.add(context.name()));
		}
		Set<String> removed = new LinkedHashSet<>();
		for (KubeContext context : before.contexts()) {
			if (after.find(context.name()).isEmpty()) {
				removed.add(context.name());
			}
		}
		boolean currentChanged = !Objects.equals(before.currentContext(), after.currentContext());
		return new KubeconfigChange(before, after, Set.copyOf(added), Set.copyOf(removed), Set.copyOf(changed),
				Set.copyOf(namespaceOnly), currentChanged);
	}
}
