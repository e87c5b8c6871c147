package io.kube9.ui.internal.view;

import org.eclipse.jface.window.DefaultToolTip;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import io.kube9.ui.internal.model.ExplorerModel;

/** Tooltips on the explorer's rows, with the text {@link ToolTips} gives the row's node. */
final class ExplorerToolTip extends DefaultToolTip {

	private final Tree tree;
	private final ExplorerModel model;

	ExplorerToolTip(Tree tree, ExplorerModel model) {
		super(tree, ToolTip.NO_RECREATE, false);
		this.tree = tree;
		this.model = model;
		setPopupDelay(500);
		setShift(new Point(10, 10));
	}

	@Override
	protected Object getToolTipArea(Event event) {
		return itemAt(event);
	}

	@Override
	protected boolean shouldCreateToolTip(Event event) {
		return super.shouldCreateToolTip(event) && getText(event) != null;
	}

	@Override
	protected String getText(Event event) {
		TreeItem item = itemAt(event);
		return item == null ? null : ToolTips.of(model, item.getData());
	}

	private TreeItem itemAt(Event event) {
		return tree.getItem(new Point(event.x, event.y));
	}
}
