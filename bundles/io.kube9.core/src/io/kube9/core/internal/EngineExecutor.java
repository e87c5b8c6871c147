package io.kube9.core.internal;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The engine's threads: a fixed number of daemon threads, started on demand and ended when idle, that know they
 * are the engine's. A task on them never waits for another task on them (it would wait for ever once every thread
 * does); code that could be called from either side asks {@link #ownsCurrentThread()}.
 */
public final class EngineExecutor implements Executor, AutoCloseable {

	private static final ThreadLocal<EngineExecutor> OWNER = new ThreadLocal<>();

	private final ThreadPoolExecutor pool;

	public EngineExecutor(int threads) {
		AtomicInteger count = new AtomicInteger();
		pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
			Thread thread = new Thread(() -> {
				OWNER.set(this);
				task.run();
			}, "kube9-core-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		pool.allowCoreThreadTimeOut(true);
	}

	@Override
	public void execute(Runnable task) {
		pool.execute(task);
	}

	/** Whether the calling thread is one of these. */
	public boolean ownsCurrentThread() {
		return OWNER.get() == this;
	}

	@Override
	public void close() {
		pool.shutdownNow();
	}
}
