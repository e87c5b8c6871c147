package io.kube9.preferences.internal;

import java.util.regex.Pattern;

import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;

/** A namespace name: a DNS-1123 label. */
final class NamespaceFieldEditor extends StringFieldEditor {

	private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");

	NamespaceFieldEditor(String key, String label, Composite parent) {
		super(key, label, StringFieldEditor.UNLIMITED, StringFieldEditor.VALIDATE_ON_KEY_STROKE, parent);
		setEmptyStringAllowed(false);
	}

	@Override
	protected boolean doCheckState() {
		String value = getStringValue().trim();
		if (LABEL.matcher(value).matches()) {
			return true;
		}
		setErrorMessage(NLS.bind(Messages.operatorNamespace_invalid, value));
		return false;
	}
}
