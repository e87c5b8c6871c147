package io.kube9.coldstart.probe;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Display;

/** Running on the UI thread from the probe's thread, failures carried back. */
final class Ui {

	interface Action {
		void run() throws Exception;
	}

	private Ui() {
	}

	static <T> T call(Display display, Callable<T> callable) throws Exception {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Exception> failure = new AtomicReference<>();
		display.syncExec(() -> {
			try {
				result.set(callable.call());
			} catch (Exception e) {
				failure.set(e);
			}
		});
		if (failure.get() != null) {
			throw failure.get();
		}
		return result.get();
	}

	static void run(Display display, Action action) throws Exception {
		call(display, () -> {
			action.run();
			return null;
		});
	}
}
