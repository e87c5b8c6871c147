package io.kube9.core.internal.kubeconfig;

import java.util.Map;
import java.util.Objects;

import io.kube9.core.kubeconfig.KubeContext;

/**
 * What a client for one context is built from: the context and the bodies of the {@code cluster:} and
 * {@code user:} entries it refers to, deep-copied, unmodifiable, with every file reference already absolute
 * (against the directory of the file that defines that entry). The maps hold credentials: they never appear in
 * {@link #toString()}, and {@link #clusterCopy()} / {@link #userCopy()} give callers their own mutable copies.
 *
 * @param context the context (with its problem, if any)
 * @param cluster the cluster entry's body; empty when the cluster is missing
 * @param user    the user entry's body; empty when the context names no user or the user is missing
 */
public record ContextEntries(KubeContext context, Map<String, Object> cluster, Map<String, Object> user) {

	public ContextEntries {
		Objects.requireNonNull(context);
		cluster = YamlValues.immutableCopy(cluster);
		user = YamlValues.immutableCopy(user);
	}

	/** The same entries with another namespace in the context. */
	public ContextEntries withNamespace(String namespace) {
		KubeContext c = context;
		return new ContextEntries(new KubeContext(c.name(), c.cluster(), c.server(), c.user(), namespace, c.file(),
				c.problem(), c.insecure()), cluster, user);
	}

	/** The cluster body as a fresh mutable deep copy (for the Java client's KubeConfig). */
	public Map<String, Object> clusterCopy() {
		return YamlValues.mutableCopy(cluster);
	}

	/** The user body as a fresh mutable deep copy; the Java client writes refreshed tokens into it. */
	public Map<String, Object> userCopy() {
		return YamlValues.mutableCopy(user);
	}

	@Override
	public String toString() {
		// Field names only: values of a user entry are tokens, keys and passwords.
		return "ContextEntries[context=" + context + ", cluster fields=" + cluster.keySet() + ", user fields="
				+ user.keySet() + "]";
	}
}
