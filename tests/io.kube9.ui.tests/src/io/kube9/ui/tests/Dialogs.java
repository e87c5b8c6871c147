package io.kube9.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/**
 * Answers a modal dialog that a command opens: the dialog's own event loop runs what is posted to the display,
 * so a runnable posted before the command finds the dialog's shell once it is open and acts on it.
 */
public final class Dialogs {

	private static final int POLL_MILLIS = 20;

	/** What a posted answer saw: the window it answered, or nothing yet. */
	public static final class Answer {
		private final AtomicReference<Window> answered = new AtomicReference<>();
		private volatile boolean gaveUp;
		private volatile Throwable failure;

		/** The window that was answered; fails when none opened in time or answering it failed. */
		public Window window() {
			if (answered.get() == null) {
				fail(gaveUp ? "the dialog did not open in time" : "the dialog has not opened (yet)");
			}
			if (failure != null) {
				fail("answering the dialog failed: " + failure, failure);
			}
			return answered.get();
		}

		/** Whether the dialog was answered as asked (fails when answering it failed). */
		public boolean answered() {
			return answered.get() != null && window() != null;
		}
	}

	private Dialogs() {
	}

	/**
	 * Once a window matching {@code which} opens (within {@link UiWait#DEFAULT}), runs {@code act} on it in its
	 * event loop; act must close it.
	 */
	public static Answer whenOpen(Predicate<Window> which, Consumer<Window> act) {
		Display display = Display.getCurrent();
		Answer answer = new Answer();
		long deadline = System.nanoTime() + UiWait.DEFAULT.toNanos();
		Runnable poll = new Runnable() {
			@Override
			public void run() {
				Optional<Window> open = Arrays.stream(display.getShells()).filter(Shell::isVisible)
						.map(shell -> shell.getData() instanceof Window window ? window : null)
						.filter(window -> window != null && which.test(window)).findFirst();
				if (open.isPresent()) {
					answer.answered.set(open.get());
					try {
						act.accept(open.get());
					} catch (RuntimeException | AssertionError e) {
						// Closed anyway, or the command that opened it would never return.
						answer.failure = e;
						open.get().close();
					}
				} else if (System.nanoTime() < deadline) {
					display.timerExec(POLL_MILLIS, this);
				} else {
					answer.gaveUp = true;
				}
			}
		};
		display.timerExec(POLL_MILLIS, poll);
		return answer;
	}

	/** Presses the window's button labelled {@code label} (mnemonics ignored). */
	public static void press(Window window, String label) {
		button(window, label).notifyListeners(SWT.Selection, new Event());
	}

	/** The window's button (or check box) labelled {@code label}, mnemonics ignored. */
	public static Button button(Window window, String label) {
		return buttons(window.getShell()).stream()
				.filter(candidate -> candidate.getText().replace("&", "").equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError("no button " + label));
	}

	private static List<Button> buttons(Composite parent) {
		List<Button> buttons = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (child instanceof Button button) {
				buttons.add(button);
			} else if (child instanceof Composite composite) {
				buttons.addAll(buttons(composite));
			}
		}
		return buttons;
	}

	/** A window whose shell's title is {@code title}. */
	public static Predicate<Window> titled(String title) {
		return window -> window.getShell() != null && title.equals(window.getShell().getText());
	}
}
