package io.kube9.preferences.internal;

import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;

/** A whole number in a range; anything else shows a field error and is not stored. */
final class BoundedIntegerFieldEditor extends IntegerFieldEditor {

	BoundedIntegerFieldEditor(String key, String label, Composite parent, int minimum, int maximum) {
		super(key, label, parent, 6);
		setValidRange(minimum, maximum);
		setErrorMessage(NLS.bind(Messages.integer_range, new Object[] { label.replace("&", "").replace(":", ""),
				Integer.toString(minimum), Integer.toString(maximum) }));
		setValidateStrategy(VALIDATE_ON_KEY_STROKE);
	}
}
