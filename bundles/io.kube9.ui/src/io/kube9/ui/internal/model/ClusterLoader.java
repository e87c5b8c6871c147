package io.kube9.ui.internal.model;

import java.util.List;

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
 * A cluster's children: its categories as soon as the status check finds it reachable, else the classified
 * reason. The first expansion runs the check once; a refresh or a retry runs it again. The check's operator and
 * ArgoCD answers come later: ArgoCD Applications joins the categories when it is found installed
 * ({@link ExplorerModel#statusChanged}).
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
		if (recheck) {
			status.recheck(context);
		}
		// The check is shared with other callers: stop waiting for it, never cancel it.
		Connectivity connectivity = Futures.await(status.connectivity(context), monitor, context, false);
		if (!connectivity.reachable()) {
			throw connectivity.error() != null ? connectivity.error()
					: Futures.classified(new IllegalStateException("unreachable without a reason"), context);
		}
		Trace.mark("cluster.job.end");
		return TreeLayout.categories(cluster, argoCdInstalled(status, context));
	}

	/** As far as known now: from this check if it has finished, else from an earlier one. */
	static boolean argoCdInstalled(ClusterStatusService status, String context) {
		return status.last(context).map(ClusterStatus::argoCd)
				.orElse(ArgoCdPresence.UNKNOWN) == ArgoCdPresence.INSTALLED;
	}
}
