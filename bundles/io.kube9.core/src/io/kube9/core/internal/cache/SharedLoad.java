package io.kube9.core.internal.cache;

import io.kube9.core.internal.source.CancellationSignal;

/**
 * One load of a listing that several callers wait for. It has a cancellation signal of its own, cancelled only
 * when every caller waiting for it has been cancelled: one view giving up must not fail the others.
 */
final class SharedLoad {

	/** One caller's part in the load. */
	final class Waiter {
		private boolean waiting = true;

		/** The caller was cancelled: if it was the last one waiting, so is the load. */
		void giveUp() {
			boolean last;
			synchronized (SharedLoad.this) {
				if (!waiting) {
					return;
				}
				waiting = false;
				last = --waiters == 0;
				if (last) {
					cancelled = true;
				}
			}
			if (last) {
				signal.cancel();
			}
		}

		/** The caller has its answer (or its failure). */
		void leave() {
			synchronized (SharedLoad.this) {
				if (waiting) {
					waiting = false;
					waiters--;
				}
			}
		}
	}

	private final CancellationSignal signal = new CancellationSignal();
	private int waiters;
	private boolean cancelled;

	/** Adds a caller, unless the load was already given up by all (then a new load must start). */
	synchronized Waiter join(CancellationSignal caller) {
		if (cancelled) {
			return null;
		}
		waiters++;
		Waiter waiter = new Waiter();
		caller.onCancel(waiter::giveUp);
		return waiter;
	}

	synchronized boolean idle() {
		return waiters == 0;
	}

	CancellationSignal signal() {
		return signal;
	}
}
