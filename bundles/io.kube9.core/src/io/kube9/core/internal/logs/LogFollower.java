package io.kube9.core.internal.logs;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.osgi.util.NLS;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.errors.ErrorClassifier;
import io.kube9.core.internal.errors.Errors;
import io.kube9.core.logs.LogListener;
import io.kube9.core.logs.LogNotice;
import io.kube9.core.logs.LogRequest;
import io.kube9.core.logs.LogSession;

/**
 * One log stream in a thread of its own: reads it, and when it drops while the pod still lives, resumes where
 * it stopped (from the last line's time, skipping what was delivered), with a growing pause between attempts,
 * until the user stops it or the pod is gone.
 */
final class LogFollower implements LogSession {

	/**
	 * How often a followed pod is looked at: a kubelet may keep a deleted pod's stream open, so that its end
	 * never shows in the stream itself.
	 */
	static final Duration LIVENESS_PERIOD = Duration.ofSeconds(5);
	private static final ScheduledExecutorService LIVENESS = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "kube9 log liveness"); //$NON-NLS-1$
		thread.setDaemon(true);
		return thread;
	});
	private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
	private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);

	private final LogRequest request;
	private final LogListener listener;
	private final LogOpener opener;
	private final PodProbe probe;
	private final ResumePoint resume = new ResumePoint();
	private final CountDownLatch stopRequested = new CountDownLatch(1);
	private final CountDownLatch ended = new CountDownLatch(1);
	private final Object lock = new Object();
	private OpenLog current;
	private volatile boolean stopped;
	/** Set when a drop was announced; the next fresh line announces the resume. */
	private boolean resuming;
	private int attempt;
	private boolean delivered;
	/** Set when the liveness check found the pod gone or finished; its stream was closed. */
	private volatile PodProbe.State podEnded;
	private volatile ScheduledFuture<?> liveness;
	private Runnable whenEnded = () -> {
	};

	LogFollower(LogRequest request, LogListener listener, LogOpener opener, PodProbe probe) {
		this.request = request;
		this.listener = listener;
		this.opener = opener;
		this.probe = probe;
	}

	/** @param whenEnded runs once the stream ended and its last notice was delivered */
	void start(Runnable whenEnded) {
		this.whenEnded = whenEnded;
		if (request.follows()) {
			liveness = LIVENESS.scheduleWithFixedDelay(this::checkPod, LIVENESS_PERIOD.toMillis(),
					LIVENESS_PERIOD.toMillis(), TimeUnit.MILLISECONDS);
		}
		Thread thread = new Thread(this::run, "kube9 log " + request.title()); //$NON-NLS-1$
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public LogRequest request() {
		return request;
	}

	@Override
	public void stop() {
		stopped = true;
		stopRequested.countDown();
		synchronized (lock) {
			if (current != null) {
				current.close();
			}
		}
	}

	@Override
	public boolean isActive() {
		return ended.getCount() > 0;
	}

	@Override
	public boolean awaitEnd(Duration limit) throws InterruptedException {
		return ended.await(limit.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void run() {
		LogNotice last;
		try {
			last = follow();
		} catch (RuntimeException e) {
			last = failed(Errors.of(ErrorKind.UNKNOWN, request.context(), String.valueOf(e), e));
		}
		if (liveness != null) {
			liveness.cancel(false);
		}
		try {
			listener.notice(last);
		} finally {
			ended.countDown();
			whenEnded.run();
		}
	}

	/** In the liveness thread: a pod that is gone or finished ends the stream, open or not. */
	private void checkPod() {
		PodProbe.State state = probe.state(request);
		if (state == PodProbe.State.GONE || state == PodProbe.State.FINISHED) {
			podEnded = state;
			liveness.cancel(false);
			synchronized (lock) {
				if (current != null) {
					current.close();
				}
			}
		}
	}

	private LogNotice follow() {
		boolean connectedBefore = false;
		while (!stopped) {
			try {
				OpenLog log = opener.open(request, connectedBefore ? resume.since() : null);
				connectedBefore = true;
				if (!register(log)) {
					break;
				}
				try {
					resume.reconnected();
					LineBatches.read(log.source(), this::deliver);
					log.finish();
				} finally {
					unregister(log);
				}
				if (stopped) {
					break;
				}
				if (!request.follows()) {
					return notice(LogNotice.Kind.ENDED, LogMessages.log_complete, null);
				}
				if (podEnded == null) {
					announceDrop(LogMessages.log_droppedQuietly, null);
				}
			} catch (IOException e) {
				if (stopped) {
					break;
				}
				KubeException failure = ErrorClassifier.classify(e, request.context());
				if (!request.follows()) {
					return failed(failure);
				}
				if (podEnded == null) {
					announceDrop(NLS.bind(LogMessages.log_dropped, failure.getMessage()), failure);
				}
			} catch (KubeException e) {
				if (stopped) {
					break;
				}
				// kubectl reports at the end what the API client reports on connecting: before any line, it is final.
				if (!connectedBefore || !delivered || !request.follows() || !transientFailure(e)) {
					return failed(e);
				}
				announceDrop(NLS.bind(LogMessages.log_dropped, e.getMessage()), e);
			}
			PodProbe.State state = podEnded != null ? podEnded : probe.state(request);
			if (state == PodProbe.State.GONE) {
				return notice(LogNotice.Kind.ENDED, NLS.bind(LogMessages.log_podGone, request.pod()), null);
			}
			if (state == PodProbe.State.FINISHED) {
				return notice(LogNotice.Kind.ENDED, NLS.bind(LogMessages.log_podFinished, request.pod()), null);
			}
			if (pause()) {
				break;
			}
		}
		return notice(LogNotice.Kind.ENDED, LogMessages.log_stopped, null);
	}

	private void deliver(List<String> batch) {
		if (stopped) {
			return;
		}
		List<String> fresh = new ArrayList<>(batch.size());
		for (String line : batch) {
			Instant time = ResumePoint.timeOf(line);
			if (time == null) {
				fresh.add(line);
			} else if (resume.isNew(time)) {
				fresh.add(request.timestamps() ? line : ResumePoint.withoutTime(line));
			}
		}
		if (fresh.isEmpty()) {
			return;
		}
		delivered = true;
		if (resuming) {
			resuming = false;
			attempt = 0;
			listener.notice(new LogNotice(LogNotice.Kind.RESUMED, LogMessages.log_resumed, null));
		}
		listener.lines(fresh);
	}

	/** Once per drop: a crash-looping container's empty reconnections do not repeat it. */
	private void announceDrop(String message, KubeException failure) {
		if (!resuming) {
			resuming = true;
			listener.notice(new LogNotice(LogNotice.Kind.DROPPED, message, failure));
		}
	}

	/** Waits before the next attempt; true when the user stopped meanwhile. */
	private boolean pause() {
		long millis = Math.min(LONGEST_PAUSE.toMillis(), FIRST_PAUSE.toMillis() << Math.min(attempt, 8));
		attempt++;
		try {
			return stopRequested.await(millis, TimeUnit.MILLISECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return true;
		}
	}

	private boolean register(OpenLog log) {
		synchronized (lock) {
			if (stopped) {
				log.close();
				return false;
			}
			current = log;
			return true;
		}
	}

	private void unregister(OpenLog log) {
		synchronized (lock) {
			current = null;
		}
		log.close();
	}

	/** Failures that a later attempt may not meet: the network or the server, not permissions or names. */
	private static boolean transientFailure(KubeException failure) {
		return switch (failure.kind()) {
		case TIMEOUT, REFUSED, SERVER, DNS, UNKNOWN -> true;
		default -> false;
		};
	}

	private LogNotice failed(KubeException failure) {
		return new LogNotice(LogNotice.Kind.FAILED,
				NLS.bind(LogMessages.log_failed, failure.getMessage(), failure.action()), failure);
	}

	private static LogNotice notice(LogNotice.Kind kind, String message, KubeException failure) {
		return new LogNotice(kind, message, failure);
	}
}
