package io.kube9.tests.cluster.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exclusive access to the shared state directory across JVMs (a file lock) and across threads of one JVM
 * (file locks are per JVM, so a second lock attempt in the same JVM would fail instead of waiting).
 */
public final class StateLock implements AutoCloseable {

	private static final ReentrantLock IN_THIS_JVM = new ReentrantLock();

	private final FileChannel channel;
	private final FileLock lock;

	private StateLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	public static StateLock acquire(Path directory) throws IOException {
		Files.createDirectories(directory);
		IN_THIS_JVM.lock();
		try {
			FileChannel channel = FileChannel.open(directory.resolve(".lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE);
			try {
				return new StateLock(channel, channel.lock());
			} catch (IOException | RuntimeException e) {
				channel.close();
				throw e;
			}
		} catch (IOException | RuntimeException e) {
			IN_THIS_JVM.unlock();
			throw e;
		}
	}

	@Override
	public void close() throws IOException {
		try {
			lock.release();
			channel.close();
		} finally {
			IN_THIS_JVM.unlock();
		}
	}
}
