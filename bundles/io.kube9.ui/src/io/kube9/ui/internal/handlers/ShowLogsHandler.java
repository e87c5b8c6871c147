package io.kube9.ui.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.kube9.core.Kube9Core;
import io.kube9.core.logs.LogTarget;
import io.kube9.ui.internal.CommandJob;
import io.kube9.ui.internal.logs.LogConsoles;
import io.kube9.ui.internal.logs.LogOptions;
import io.kube9.ui.internal.logs.LogTargetPicker;
import io.kube9.ui.internal.logs.LogUiMessages;
import io.kube9.ui.internal.tree.ResourceNode;

/**
 * Show Logs: the selected pods' or workloads' containers are found in a job; when there are several the user
 * picks; each gets a console that follows its log from the last lines the preferences say.
 */
public class ShowLogsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerShells.of(event);
		List<ResourceNode> nodes = Selections.selected(event, ResourceNode.class);
		LogOptions options = nodes.isEmpty() ? null : options(shell);
		if (options == null) {
			return null;
		}
		for (ResourceNode node : nodes) {
			Kube9Core core = Kube9Core.get();
			new CommandJob(NLS.bind(LogUiMessages.job_findContainers, node.name()), monitor -> {
				List<LogTarget> targets = core.logs().targets(node.ref());
				shell.getDisplay().asyncExec(() -> {
					if (shell.isDisposed()) {
						return;
					}
					for (LogTarget target : LogTargetPicker.choose(shell, targets)) {
						LogConsoles.show(options.request(node.context(), target), core.logs());
					}
				});
			}).schedule();
		}
		return null;
	}

	/** What to show of each container; null when the user cancelled. On the UI thread. */
	protected LogOptions options(Shell shell) {
		return LogOptions.following();
	}
}
