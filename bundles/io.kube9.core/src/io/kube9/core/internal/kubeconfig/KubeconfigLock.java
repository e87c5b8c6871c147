package io.kube9.core.internal.kubeconfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The lock kubectl takes around a change of a kubeconfig file, as client-go's tools/clientcmd does: a file
 * {@code <kubeconfig>.lock} beside it (the path as configured, so a symlink's lock sits beside the link), created
 * exclusively and deleted afterwards. kubectl gives up at once when the lock exists and never removes one it did
 * not create; we wait for it with a deadline, and take over only a lock that we left ourselves in a process that
 * is gone (ours say who made them, kubectl's are empty). Uses only the JDK: a test's child process runs it.
 */
public final class KubeconfigLock implements AutoCloseable {

	/** Thrown when the lock stays taken until the deadline. */
	public static final class HeldException extends IOException {

		private static final long serialVersionUID = 1L;

		private final transient Path lock;

		HeldException(Path lock) {
			super(lock.toString());
			this.lock = lock;
		}

		public Path lock() {
			return lock;
		}
	}

	private static final String OWNER_PREFIX = "kube9 ";
	private static final long FIRST_WAIT_MILLIS = 5;
	private static final long LONGEST_WAIT_MILLIS = 100;

	private final Path lock;
	private final String owner;

	private KubeconfigLock(Path lock, String owner) {
		this.lock = lock;
		this.owner = owner;
	}

	/** The lock file of a kubeconfig file, where client-go puts it. */
	public static Path lockFileOf(Path kubeconfig) {
		return kubeconfig.resolveSibling(kubeconfig.getFileName() + ".lock");
	}

	/**
	 * Takes the lock of a kubeconfig file, waiting while someone else holds it.
	 *
	 * @throws HeldException when it is still held at the deadline
	 * @throws IOException   when the lock file cannot be created (a read-only directory)
	 */
	public static KubeconfigLock acquire(Path kubeconfig, Duration wait) throws IOException, InterruptedException {
		Path lock = lockFileOf(kubeconfig);
		String owner = OWNER_PREFIX + ProcessHandle.current().pid() + " "
				+ ProcessHandle.current().info().startInstant().map(Instant::toString).orElse("?") + "\n";
		long deadline = System.nanoTime() + wait.toNanos();
		long pause = FIRST_WAIT_MILLIS;
		while (true) {
			try {
				create(lock, owner);
				return new KubeconfigLock(lock, owner);
			} catch (FileAlreadyExistsException taken) {
				if (leftByDeadProcessOfOurs(lock)) {
					Files.deleteIfExists(lock);
					continue;
				}
			}
			if (System.nanoTime() > deadline) {
				throw new HeldException(lock);
			}
			TimeUnit.MILLISECONDS.sleep(pause);
			pause = Math.min(LONGEST_WAIT_MILLIS, pause * 2);
		}
	}

	/**
	 * Creates the lock file with its owner in it, all at once: a lock created empty and killed before it was
	 * written would look like kubectl's, which nobody may take over. A hard link of a complete file is as exclusive
	 * as kubectl's O_EXCL; where links are not supported the file is created exclusively and then written.
	 */
	private static void create(Path lock, String owner) throws IOException {
		byte[] content = owner.getBytes(StandardCharsets.UTF_8);
		Path complete = lock.resolveSibling("." + lock.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
		try {
			Files.write(complete, content);
			Files.createLink(lock, complete);
		} catch (FileAlreadyExistsException taken) {
			throw taken;
		} catch (UnsupportedOperationException | FileSystemException noLinks) {
			Files.write(lock, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		} finally {
			Files.deleteIfExists(complete);
		}
	}

	/** A lock one of our processes made, whose process no longer runs (killed while it wrote). */
	private static boolean leftByDeadProcessOfOurs(Path lock) {
		String content;
		try {
			content = Files.readString(lock, StandardCharsets.UTF_8);
		} catch (NoSuchFileException gone) {
			return false; // released meanwhile: the next attempt takes it
		} catch (IOException e) {
			return false;
		}
		if (!content.startsWith(OWNER_PREFIX)) {
			return false; // kubectl's (empty) or someone else's: theirs to remove
		}
		String[] parts = content.substring(OWNER_PREFIX.length()).strip().split(" ");
		long pid;
		try {
			pid = Long.parseLong(parts[0]);
		} catch (NumberFormatException e) {
			return false;
		}
		Optional<ProcessHandle> process = ProcessHandle.of(pid);
		if (process.isEmpty() || !process.get().isAlive()) {
			return true;
		}
		// The pid may have been reused by another process since: then it started later.
		String started = process.get().info().startInstant().map(Instant::toString).orElse("?");
		return parts.length > 1 && !"?".equals(parts[1]) && !parts[1].equals(started);
	}

	/** Releases the lock, if it is still ours. */
	@Override
	public void close() throws IOException {
		try {
			if (owner.equals(Files.readString(lock, StandardCharsets.UTF_8))) {
				Files.delete(lock);
			}
		} catch (NoSuchFileException gone) {
			// Removed by someone else already; nothing of ours to release.
		}
	}
}
