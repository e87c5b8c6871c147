package io.kube9.core.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import io.kube9.core.logs.LogListener;
import io.kube9.core.logs.LogNotice;

/** Keeps what a log stream delivered, and waits (with a deadline) until it satisfies a condition. */
final class LogRecorder implements LogListener {

	private final List<String> lines = new ArrayList<>();
	private final List<LogNotice> notices = new ArrayList<>();
	private int batches;

	@Override
	public synchronized void lines(List<String> batch) {
		lines.addAll(batch);
		batches++;
		notifyAll();
	}

	@Override
	public synchronized void notice(LogNotice notice) {
		notices.add(notice);
		notifyAll();
	}

	synchronized List<String> lines() {
		return List.copyOf(lines);
	}

	synchronized List<LogNotice> notices() {
		return List.copyOf(notices);
	}

	synchronized int batches() {
		return batches;
	}

	/** Waits until the condition holds; fails with what was recorded when it does not in time. */
	synchronized void await(String what, Duration limit, Predicate<LogRecorder> condition)
			throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		while (!condition.test(this)) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				throw new AssertionError("no " + what + " within " + limit + ": " + lines.size() + " lines, notices "
						+ notices + ", last lines " + lines.subList(Math.max(0, lines.size() - 3), lines.size()));
			}
			wait(Math.max(1, left / 1_000_000));
		}
	}

	synchronized boolean has(LogNotice.Kind kind) {
		return notices.stream().anyMatch(notice -> notice.kind() == kind);
	}

	synchronized LogNotice last() {
		return notices.isEmpty() ? null : notices.get(notices.size() - 1);
	}
}
