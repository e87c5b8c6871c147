package io.kube9.ui.internal.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/** A map or list inside an object, as expandable rows: keys, or indexes in brackets. */
final class NestedPropertySource implements IPropertySource {

	private static final int SUMMARY_LENGTH = 160;

	private final Object value;
	private List<Property> properties;

	NestedPropertySource(Object value) {
		this.value = value;
	}

	@Override
	public Object getEditableValue() {
		String text = String.valueOf(value);
		return text.length() > SUMMARY_LENGTH ? text.substring(0, SUMMARY_LENGTH) + "\u2026" : text; //$NON-NLS-1$
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		return Property.descriptors(properties());
	}

	@Override
	public Object getPropertyValue(Object id) {
		return Property.valueOf(properties(), id);
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// Read-only.
	}

	@Override
	public void setPropertyValue(Object id, Object newValue) {
		// Read-only.
	}

	private List<Property> properties() {
		if (properties == null) {
			properties = new ArrayList<>();
			if (value instanceof Map<?, ?> map) {
				map.forEach((key, item) -> properties.add(new Property(String.valueOf(key), null, String.valueOf(key), item)));
			} else if (value instanceof List<?> list) {
				for (int index = 0; index < list.size(); index++) {
					properties.add(new Property("[" + index + "]", null, "[" + index + "]", list.get(index))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				}
			}
		}
		return properties;
	}
}
