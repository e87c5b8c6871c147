package io.kube9.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;

/** Presses a dialog's buttons as a click does (the dialog's own handling runs). */
final class Buttons {

	private Buttons() {
	}

	static void press(Window window, String label) {
		Button button = all(window.getShell()).stream()
				.filter(candidate -> candidate.getText().replace("&", "").equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError("no button " + label));
		button.notifyListeners(SWT.Selection, new Event());
	}

	/** Types into the dialog's (first) text field, replacing what it holds. */
	static void type(Window window, String text) {
		org.eclipse.swt.widgets.Text field = texts(window.getShell()).stream().findFirst()
				.orElseThrow(() -> new AssertionError("no text field"));
		field.setText(text);
	}

	private static List<org.eclipse.swt.widgets.Text> texts(Composite parent) {
		List<org.eclipse.swt.widgets.Text> texts = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Text text) {
				texts.add(text);
			} else if (child instanceof Composite composite) {
				texts.addAll(texts(composite));
			}
		}
		return texts;
	}

	private static List<Button> all(Composite parent) {
		List<Button> buttons = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (child instanceof Button button) {
				buttons.add(button);
			} else if (child instanceof Composite composite) {
				buttons.addAll(all(composite));
			}
		}
		return buttons;
	}
}
