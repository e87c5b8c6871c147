package io.kube9.ui.internal.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A map or list inside an object, as expandable rows: keys, or indexes in brackets. */
final class NestedPropertySource extends ReadOnlyPropertySource {

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
	List<Property> properties() {
		if (properties == null) {
			properties = new ArrayList<>();
			if (value instanceof Map<?, ?> map) {
				map.forEach((key, item) -> properties
						.add(new Property(String.valueOf(key), null, String.valueOf(key), item)));
			} else if (value instanceof List<?> list) {
				for (int index = 0; index < list.size(); index++) {
					String label = "[" + index + "]"; //$NON-NLS-1$ //$NON-NLS-2$
					properties.add(new Property(label, null, label, list.get(index)));
				}
			}
		}
		return properties;
	}
}
