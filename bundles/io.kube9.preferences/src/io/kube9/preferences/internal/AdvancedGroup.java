package io.kube9.preferences.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

import io.kube9.core.resources.ResourceKind;
import io.kube9.core.resources.ResourceKinds;

/** The advanced group: page size, operator namespace and the cache time-to-live of every kind, in two columns. */
final class AdvancedGroup {

	private final List<FieldEditor> fields = new ArrayList<>();

	private AdvancedGroup() {
	}

	static AdvancedGroup create(Composite parent) {
		AdvancedGroup advanced = new AdvancedGroup();
		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.advanced_label);
		group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
		group.setLayout(new GridLayout(1, false));

		Composite general = column(group);
		advanced.fields.add(new BoundedIntegerFieldEditor(PreferenceKeys.PAGE_SIZE, Messages.pageSize_label, general, 1,
				10_000));
		advanced.fields.add(new NamespaceFieldEditor(PreferenceKeys.OPERATOR_NAMESPACE,
				Messages.operatorNamespace_label, general));
		advanced.fields.add(new BoundedIntegerFieldEditor(PreferenceKeys.SLOW_REQUEST_THRESHOLD_MILLIS,
				Messages.slowRequestThreshold_label, general, 1, 3_600_000));
		layout(general);

		new Label(group, SWT.NONE).setText(Messages.cacheTimeToLive_label);
		Composite columns = new Composite(group, SWT.NONE);
		columns.setLayout(new GridLayout(2, true));
		columns.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		List<ResourceKind> kinds = ResourceKinds.all();
		Composite left = column(columns);
		Composite right = column(columns);
		for (int i = 0; i < kinds.size(); i++) {
			ResourceKind kind = kinds.get(i);
			advanced.fields.add(new BoundedIntegerFieldEditor(PreferenceKeys.cacheTimeToLive(kind), kind.id() + ":",
					i < (kinds.size() + 1) / 2 ? left : right, 0, 86_400));
		}
		layout(left);
		layout(right);
		return advanced;
	}

	List<FieldEditor> fields() {
		return fields;
	}

	private static Composite column(Composite parent) {
		Composite column = new Composite(parent, SWT.NONE);
		column.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return column;
	}

	/**
	 * The page gives every field editor as many columns as its widest one has (three: label, text, button), so
	 * a text spans two; the columns must have three for the label and its text to share a row.
	 */
	private static void layout(Composite column) {
		GridLayout layout = new GridLayout(3, false);
		layout.marginWidth = 0;
		column.setLayout(layout);
	}
}
