package io.kube9.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** Finds the controls of a window or view by their type, at any depth. */
final class Widgets {

	private Widgets() {
	}

	/** Every control of {@code type} under {@code parent}, in the order they are laid out. */
	static <T extends Control> List<T> controls(Composite parent, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(controls(composite, type));
			}
		}
		return found;
	}
}
