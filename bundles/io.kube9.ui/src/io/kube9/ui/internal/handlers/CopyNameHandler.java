package io.kube9.ui.internal.handlers;

import java.util.stream.Collectors;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Display;

import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.ExplorerNode;
import io.kube9.ui.internal.tree.ResourceNode;

/** Copies the names of the selected clusters (their context) and objects, one per line. */
public final class CopyNameHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		String names = Selections.selected(event, ExplorerNode.class).stream()
				.filter(node -> node instanceof ClusterNode || node instanceof ResourceNode)
				.map(node -> node instanceof ResourceNode resource ? resource.name() : node.context())
				.collect(Collectors.joining(System.lineSeparator()));
		if (names.isEmpty()) {
			return null;
		}
		Clipboard clipboard = new Clipboard(Display.getCurrent());
		try {
			clipboard.setContents(new Object[] { names }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
		return null;
	}
}
