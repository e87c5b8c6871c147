package io.kube9.ui.internal.model;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.runtime.IProgressMonitor;

import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.trace.Trace;
import io.kube9.core.status.ArgoCdPresence;
import io.kube9.core.status.ClusterStatus;
import io.kube9.core.status.ClusterStatusService;
import io.kube9.core.status.Connectivity;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.ExplorerNode;
import io.kube9.ui.internal.tree.TreeLayout;

/**
 * A cluster's children: its categories when the status check finds it reachable, else the classified reason.
 * The first expansion runs the check once; a refresh or a retry runs it again.
 */
final class ClusterLoader implements ChildrenLoader {

	private final ClusterStatusService status;
	private final ClusterNode cluster;
	private final boolean recheck;

	ClusterLoader(ClusterStatusService status, ClusterNode cluster, boolean recheck) {
		this.status = status;
		this.cluster = cluster;
		this.recheck = recheck;
	}

	@Override
	public List<ExplorerNode> load(IProgressMonitor monitor) throws KubeException {
		Trace.mark("cluster.job.start");
		String context = cluster.context();
		CompletableFuture<ClusterStatus> check = recheck ? status.recheck(context) : status.checkOnce(context);
		// The check is shared with other callers: stop waiting for it, never cancel it.
		ClusterStatus result = Futures.await(check, monitor, context, false);
		Connectivity connectivity = result.connectivity();
		if (!connectivity.reachable()) {
			throw connectivity.error() != null ? connectivity.error()
					: Futures.classified(new IllegalStateException("unreachable without a reason"), context);
		}
		Trace.mark("cluster.job.end");
		return TreeLayout.categories(cluster, result.argoCd() == ArgoCdPresence.INSTALLED);
	}
}
