package io.kube9.core.internal.forward;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.forward.PortForward;
import io.kube9.core.internal.errors.Errors;

/**
 * Moves a Service-backed forward whose pod went away to another ready pod of the Service, on the same local port
 * and under the same id: the old process is stopped, the Service resolved again and a new process started. While
 * no pod is ready it looks again after a short, growing delay, the forward shown as moving, until it moves,
 * breaks for good (the Service gone, access denied, the local port taken meanwhile) or is stopped.
 */
final class ForwardMover implements AutoCloseable {

	private static final long FIRST_DELAY_MILLIS = 250;
	private static final long MAX_DELAY_MILLIS = 4_000;
	private static final long EXIT_LIMIT_SECONDS = 5;

	/** What the mover needs of the engine's forwards. */
	interface Forwards {

		/**
		 * Atomically, when the forward is still kept and still stands as {@code expected}: it becomes {@code next},
		 * run by {@code process} (null: none, and then the old one is the caller's to stop).
		 */
		boolean replace(ActiveForward entry, PortForward expected, PortForward next, KubectlForward process);

		/** A new kubectl process, listening once it returns. */
		KubectlForward start(ForwardTargets.Target target, ActiveForward entry) throws KubeException;

		/** Broken for good, when it still stands as {@code seen}. */
		void broke(ActiveForward entry, PortForward seen, KubeException why);
	}

	private final ForwardTargets targets;
	private final Forwards forwards;
	/** One thread: moves are rare, and each waits on kubectl at most its start limit. Made with the first move. */
	private ScheduledExecutorService executor;
	private boolean closed;

	ForwardMover(ForwardTargets targets, Forwards forwards) {
		this.targets = targets;
		this.forwards = forwards;
	}

	/** Starts moving a forward that stands as {@code seen}, {@code why} it must; nothing when it changed since. */
	void move(ActiveForward entry, PortForward seen, KubeException why) {
		KubectlForward old = entry.process;
		if (!forwards.replace(entry, seen, seen.moving(why), null)) {
			return;
		}
		ILog.of(ForwardMover.class).info("Port forward " + seen.url() + " -> " + seen.remote() + " moves: " //$NON-NLS-1$ //$NON-NLS-2$
				+ why.detail());
		if (old == null) {
			schedule(entry, 0, FIRST_DELAY_MILLIS);
			return;
		}
		// The old process holds the local port until it has ended: the new one starts after that.
		old.stop();
		old.onExit().completeOnTimeout(null, EXIT_LIMIT_SECONDS, TimeUnit.SECONDS)
				.whenComplete((process, failure) -> schedule(entry, 0, FIRST_DELAY_MILLIS));
	}

	private synchronized void schedule(ActiveForward entry, long delayMillis, long nextDelayMillis) {
		if (closed) {
			return;
		}
		if (executor == null) {
			executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
				Thread thread = new Thread(runnable, "Kube9 port-forward moves"); //$NON-NLS-1$
				thread.setDaemon(true);
				return thread;
			});
		}
		try {
			executor.schedule(() -> attempt(entry, nextDelayMillis), delayMillis, TimeUnit.MILLISECONDS);
		} catch (RejectedExecutionException e) {
			// Closed meanwhile: the forward ends with the engine.
		}
	}

	private void attempt(ActiveForward entry, long delayMillis) {
		PortForward state = entry.state;
		if (!state.moving()) {
			return;
		}
		try {
			Optional<ForwardTargets.Target> target = targets.readyTarget(entry.request.target(), entry.request.port());
			if (target.isEmpty()) {
				again(entry, state, Errors.of(ErrorKind.NOT_FOUND, state.context(),
						NLS.bind(ForwardMessages.noReadyPod, state.service())), delayMillis);
				return;
			}
			KubectlForward process = forwards.start(target.get(), entry);
			if (!forwards.replace(entry, state, state.movedTo(target.get().pod(), target.get().podPort()), process)) {
				process.stop();
			}
		} catch (KubeException e) {
			if (forGood(e, state.localPort())) {
				forwards.broke(entry, state, e);
			} else {
				again(entry, state, e, delayMillis);
			}
		}
	}

	/** Still moving, now {@code why}; the next look after a longer delay. */
	private void again(ActiveForward entry, PortForward state, KubeException why, long delayMillis) {
		PortForward next = state.moving(why);
		if (forwards.replace(entry, state, next, null)) {
			schedule(entry, delayMillis, Math.min(MAX_DELAY_MILLIS, delayMillis * 2));
		}
	}

	/**
	 * No waiting mends these: the Service or its port gone, credentials or RBAC refused, the local port taken by
	 * someone else (the old process had ended before the new one started).
	 */
	private static boolean forGood(KubeException e, int localPort) {
		return e.kind() == ErrorKind.NOT_FOUND || e.kind() == ErrorKind.PERMISSION
				|| e.kind() == ErrorKind.AUTHENTICATION
				|| NLS.bind(ForwardMessages.localPortTaken_message, localPort).equals(e.getMessage());
	}

	@Override
	public synchronized void close() {
		closed = true;
		if (executor != null) {
			executor.shutdownNow();
		}
	}
}
