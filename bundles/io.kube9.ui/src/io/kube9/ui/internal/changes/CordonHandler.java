package io.kube9.ui.internal.changes;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import io.kube9.core.Kube9Core;
import io.kube9.ui.internal.handlers.HandlerShells;
import io.kube9.ui.internal.tree.ResourceNode;

/** Cordon and Uncordon: one job per selected node; the Nodes listing loads again. */
public abstract class CordonHandler extends AbstractHandler {

	private final boolean unschedulable;

	CordonHandler(boolean unschedulable) {
		this.unschedulable = unschedulable;
	}

	@Override
	public Object execute(ExecutionEvent event) {
		Display display = HandlerShells.of(event).getDisplay();
		ChangeAction action = unschedulable ? ChangeAction.CORDON : ChangeAction.UNCORDON;
		for (ResourceNode node : Selected.nodes(event, action)) {
			new ChangeJob(NLS.bind(unschedulable ? ChangeMessages.job_cordon : ChangeMessages.job_uncordon, node.name()),
					monitor -> {
						Kube9Core.get().changes().setUnschedulable(node.ref(), unschedulable);
						TreeRefresh.after(display, node.getParent(), node.context(), false);
					}).schedule();
		}
		return null;
	}

	/** Cordon: no new pods are scheduled to the node. */
	public static final class Cordon extends CordonHandler {
		public Cordon() {
			super(true);
		}
	}

	/** Uncordon: the node takes new pods again. */
	public static final class Uncordon extends CordonHandler {
		public Uncordon() {
			super(false);
		}
	}
}
