package io.kube9.ui.internal.changes;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks which context a file is applied to, and the namespace for namespaced objects that name none. */
public final class ApplyTargetDialog extends Dialog {

	/** The dialog's title (tests find it by it). */
	public static final String TITLE = ChangeMessages.target_title;

	private final String file;
	private final List<String> contexts;
	private ApplyTarget target;
	private Combo context;
	private Text namespace;

	ApplyTargetDialog(Shell parent, String file, List<String> contexts, ApplyTarget proposed) {
		super(parent);
		this.file = file;
		this.contexts = contexts;
		this.target = proposed;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(NLS.bind(ChangeMessages.target_intro, file));
		GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(intro);
		new Label(area, SWT.NONE).setText(ChangeMessages.target_context);
		context = new Combo(area, SWT.READ_ONLY);
		context.setItems(contexts.toArray(String[]::new));
		int index = target == null ? -1 : contexts.indexOf(target.context());
		context.select(Math.max(0, index));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(context);
		new Label(area, SWT.NONE).setText(ChangeMessages.target_namespace);
		namespace = new Text(area, SWT.BORDER);
		namespace.setText(target == null ? "" : target.namespace()); //$NON-NLS-1$
		namespace.setMessage(ChangeMessages.target_namespaceHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(namespace);
		return area;
	}

	/** Chooses as the user would (tests). */
	public void choose(String contextName, String namespaceName) {
		context.select(contexts.indexOf(contextName));
		namespace.setText(namespaceName);
	}

	@Override
	protected void okPressed() {
		target = new ApplyTarget(context.getText(), namespace.getText().strip());
		super.okPressed();
	}

	ApplyTarget target() {
		return target;
	}
}
