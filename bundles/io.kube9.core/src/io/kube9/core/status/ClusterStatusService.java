package io.kube9.core.status;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Runs the cluster checks in the background and publishes their results. Nothing is checked until asked: a
 * cluster is checked on its first expansion, not when the kubeconfig is read.
 */
public interface ClusterStatusService {

	/** The last result for a context, if it was ever checked. */
	Optional<ClusterStatus> last(String context);

	/**
	 * Checks a context once: later calls return the same result (concurrent ones share the running check).
	 * The operator and ArgoCD answers are cached for five minutes.
	 */
	CompletableFuture<ClusterStatus> checkOnce(String context);

	/** Checks again now, ignoring earlier results (the Retry action). */
	CompletableFuture<ClusterStatus> recheck(String context);

	/**
	 * The first step of the check last started for a context (by {@link #checkOnce} or {@link #recheck}; a
	 * check starts if none did): whether the cluster answers at all. It completes as soon as GET /version has
	 * answered, before the operator and ArgoCD answers that complete the {@link ClusterStatus}.
	 */
	CompletableFuture<Connectivity> connectivity(String context);

	void addListener(Consumer<ClusterStatus> listener);

	void removeListener(Consumer<ClusterStatus> listener);
}
