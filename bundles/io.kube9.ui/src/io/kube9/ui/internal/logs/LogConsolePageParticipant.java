package io.kube9.ui.internal.logs;

import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleConstants;
import org.eclipse.ui.console.IConsolePageParticipant;
import org.eclipse.ui.part.IPageBookViewPage;

/** Adds the Stop button to a log console's page in the Console view. */
public final class LogConsolePageParticipant implements IConsolePageParticipant {

	private StopLogAction stop;

	@Override
	public void init(IPageBookViewPage page, IConsole console) {
		if (console instanceof LogConsole log) {
			stop = new StopLogAction(log);
			page.getSite().getActionBars().getToolBarManager().appendToGroup(IConsoleConstants.LAUNCH_GROUP, stop);
			page.getSite().getActionBars().updateActionBars();
		}
	}

	@Override
	public void dispose() {
		if (stop != null) {
			stop.dispose();
		}
	}

	@Override
	public void activated() {
		// Nothing follows the focus.
	}

	@Override
	public void deactivated() {
		// Nothing follows the focus.
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}
}
