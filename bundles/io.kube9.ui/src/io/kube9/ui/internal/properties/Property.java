package io.kube9.ui.internal.properties;

import java.util.List;
import java.util.Map;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * One read-only row of the Properties view. Maps and lists become expandable rows.
 *
 * @param id       unique within its source
 * @param category the group it is shown in, or null
 * @param label    what the row is called
 * @param value    a scalar, a map or a list
 */
record Property(String id, String category, String label, Object value) {

	IPropertyDescriptor descriptor() {
		PropertyDescriptor descriptor = new PropertyDescriptor(id, label);
		descriptor.setCategory(category);
		return descriptor;
	}

	/** What the Properties view shows: text for scalars, a nested source for maps and lists. */
	Object shownValue() {
		return value instanceof Map<?, ?> || value instanceof List<?> ? new NestedPropertySource(value)
				: value == null ? "" : value.toString(); //$NON-NLS-1$
	}
}
