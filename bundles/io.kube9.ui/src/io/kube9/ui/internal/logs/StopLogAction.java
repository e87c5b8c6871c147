package io.kube9.ui.internal.logs;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/** The console toolbar's Stop button: ends the stream; greyed out once it ended. */
final class StopLogAction extends Action implements IPropertyChangeListener {

	private final LogConsole console;

	StopLogAction(LogConsole console) {
		super(LogUiMessages.stop_label);
		this.console = console;
		setToolTipText(LogUiMessages.stop_tooltip);
		setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(ISharedImages.IMG_ELCL_STOP));
		setDisabledImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(ISharedImages.IMG_ELCL_STOP_DISABLED));
		setEnabled(console.isActive());
		console.addPropertyChangeListener(this);
	}

	@Override
	public void run() {
		console.stop();
	}

	@Override
	public void propertyChange(PropertyChangeEvent event) {
		if (LogConsole.P_ACTIVE.equals(event.getProperty())) {
			Display.getDefault().asyncExec(() -> setEnabled(console.isActive()));
		}
	}

	void dispose() {
		console.removePropertyChangeListener(this);
	}
}
