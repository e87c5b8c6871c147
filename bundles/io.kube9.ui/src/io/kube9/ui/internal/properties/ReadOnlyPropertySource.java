package io.kube9.ui.internal.properties;

import java.util.List;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/** A property source whose rows are computed from what is known now, and cannot be edited. */
abstract class ReadOnlyPropertySource implements IPropertySource {

	/** The rows to show now. */
	abstract List<Property> properties();

	@Override
	public Object getEditableValue() {
		return this;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		return properties().stream().map(Property::descriptor).toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		return properties().stream().filter(property -> property.id().equals(id)).findFirst()
				.map(Property::shownValue).orElse(null);
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
	public void setPropertyValue(Object id, Object value) {
		// Read-only.
	}
}
