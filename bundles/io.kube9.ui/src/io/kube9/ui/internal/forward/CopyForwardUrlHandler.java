package io.kube9.ui.internal.forward;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.ui.handlers.HandlerUtil;

import io.kube9.ui.internal.handlers.HandlerShells;

/** Copies the selected forward's local URL. */
public final class CopyForwardUrlHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getCurrentStructuredSelection(event).getFirstElement() instanceof ForwardNode node) {
			Clipboard clipboard = new Clipboard(HandlerShells.of(event).getDisplay());
			try {
				clipboard.setContents(new Object[] { node.forward().url() },
						new Transfer[] { TextTransfer.getInstance() });
			} finally {
				clipboard.dispose();
			}
		}
		return null;
	}
}
