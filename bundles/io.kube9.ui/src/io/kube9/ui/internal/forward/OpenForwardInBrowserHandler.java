package io.kube9.ui.internal.forward;

import java.net.MalformedURLException;
import java.net.URI;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.statushandlers.StatusManager;

/** Opens the selected forward's local URL in the external browser. */
public final class OpenForwardInBrowserHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getCurrentStructuredSelection(event).getFirstElement() instanceof ForwardNode node) {
			try {
				PlatformUI.getWorkbench().getBrowserSupport().getExternalBrowser()
						.openURL(URI.create(node.forward().url()).toURL());
			} catch (PartInitException | MalformedURLException e) {
				StatusManager.getManager().handle(
						new Status(IStatus.ERROR, "io.kube9.ui", ForwardUiMessages.browser_failed, e), //$NON-NLS-1$
						StatusManager.SHOW | StatusManager.LOG);
			}
		}
		return null;
	}
}
