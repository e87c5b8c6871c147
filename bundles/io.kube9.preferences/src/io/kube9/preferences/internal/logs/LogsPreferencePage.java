package io.kube9.preferences.internal.logs;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import io.kube9.preferences.internal.PreferenceKeys;

/** Window > Preferences > Kubernetes > Logs: how much of a log a new console starts with. */
public class LogsPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public LogsPreferencePage() {
		super(GRID);
		setDescription(LogPreferenceMessages.page_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		// The store is made in doGetPreferenceStore().
	}

	@Override
	protected IPreferenceStore doGetPreferenceStore() {
		return new ScopedPreferenceStore(InstanceScope.INSTANCE, PreferenceKeys.QUALIFIER);
	}

	@Override
	protected void createFieldEditors() {
		IntegerFieldEditor tail = new IntegerFieldEditor(LogPreferenceKeys.TAIL_LINES,
				LogPreferenceMessages.tailLines_label, getFieldEditorParent(), 8);
		tail.setValidRange(0, LogPreferenceKeys.MAXIMUM_TAIL_LINES);
		tail.setErrorMessage(NLS.bind(LogPreferenceMessages.tailLines_range,
				Integer.toString(LogPreferenceKeys.MAXIMUM_TAIL_LINES)));
		addField(tail);
	}
}
