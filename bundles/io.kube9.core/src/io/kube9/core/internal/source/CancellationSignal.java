package io.kube9.core.internal.source;

import java.util.ArrayList;
import java.util.List;

/** Lets a caller stop a running request: the request registers how to abort itself (cancel a call, kill a process). */
public final class CancellationSignal {

	private final List<Runnable> actions = new ArrayList<>();
	private boolean cancelled;

	public static CancellationSignal none() {
		return new CancellationSignal();
	}

	/** Runs {@code action} on cancellation, at once if already cancelled. */
	public void onCancel(Runnable action) {
		boolean now;
		synchronized (this) {
			now = cancelled;
			if (!now) {
				actions.add(action);
			}
		}
		if (now) {
			action.run();
		}
	}

	public void cancel() {
		List<Runnable> toRun;
		synchronized (this) {
			if (cancelled) {
				return;
			}
			cancelled = true;
			toRun = List.copyOf(actions);
			actions.clear();
		}
		toRun.forEach(Runnable::run);
	}

	public synchronized boolean isCancelled() {
		return cancelled;
	}
}
