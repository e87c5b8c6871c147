package io.kube9.preferences.internal;

import java.io.File;
import java.util.Arrays;

import org.eclipse.jface.preference.ListEditor;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;

/** An ordered list of kubeconfig files, stored as one string separated by the platform's path separator. */
final class KubeconfigFilesFieldEditor extends ListEditor {

	KubeconfigFilesFieldEditor(Composite parent) {
		super(PreferenceKeys.KUBECONFIG_FILES, Messages.kubeconfigFiles_label, parent);
	}

	/** A few rows are enough; left alone the list takes all the height the page has. */
	@Override
	protected void doFillIntoGrid(Composite parent, int numColumns) {
		super.doFillIntoGrid(parent, numColumns);
		GridData data = (GridData) getListControl(parent).getLayoutData();
		data.grabExcessVerticalSpace = false;
		data.heightHint = getListControl(parent).getItemHeight() * 4;
	}

	@Override
	protected String createList(String[] items) {
		return String.join(File.pathSeparator, items);
	}

	@Override
	protected String getNewInputObject() {
		FileDialog dialog = new FileDialog(getShell());
		dialog.setText(Messages.kubeconfigFiles_choose);
		dialog.setFilterPath(System.getProperty("user.home") + File.separator + ".kube");
		return dialog.open();
	}

	@Override
	protected String[] parseString(String stringList) {
		return Arrays.stream(stringList.split(File.pathSeparator)).filter(item -> !item.isBlank())
				.toArray(String[]::new);
	}
}
