package io.kube9.ui.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.osgi.util.NLS;

import io.kube9.core.kubeconfig.KubeconfigService;
import io.kube9.ui.internal.CommandJob;
import io.kube9.ui.internal.Messages;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.view.KubernetesExplorer;

/** Set as Current Context: written where kubectl would; the kubeconfig change then moves the mark. */
public final class SetCurrentContextHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		KubernetesExplorer explorer = Selections.explorer(event);
		List<ClusterNode> clusters = Selections.selected(event, ClusterNode.class);
		if (explorer == null || clusters.size() != 1) {
			return null;
		}
		KubeconfigService kubeconfig = explorer.model().core().kubeconfig();
		String context = clusters.get(0).context();
		new CommandJob(NLS.bind(Messages.job_setCurrentContext, context),
				monitor -> kubeconfig.setCurrentContext(context)).schedule();
		return null;
	}
}
