package io.kube9.core.internal.kubeconfig;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Watches the directories of the kubeconfig files (a file itself cannot be watched, and editors replace files
 * by renaming) on a daemon thread, and reports events that concern one of the files.
 */
public final class KubeconfigWatcher implements AutoCloseable {

	private final Runnable onChange;
	private final Consumer<Exception> onError;
	private final Map<Path, WatchKey> keys = new HashMap<>();
	/** Per watched directory, the file names in it that matter. */
	private final Map<Path, Set<String>> names = new ConcurrentHashMap<>();
	private WatchService service;
	private Thread thread;
	private boolean closed;

	/**
	 * @param onChange called on the watcher's thread when a watched file may have changed
	 * @param onError  told when the watch service fails
	 */
	public KubeconfigWatcher(Runnable onChange, Consumer<Exception> onError) {
		this.onChange = onChange;
		this.onError = onError;
	}

	/**
	 * Watches these files (existing or not) from now on, instead of the previous ones.
	 *
	 * @return whether a directory was newly registered: a file created there just before may have been missed
	 */
	public synchronized boolean watch(Collection<Path> files) throws IOException {
		if (closed) {
			return false;
		}
		Map<Path, Set<String>> wanted = new HashMap<>();
		for (Path file : files) {
			add(wanted, file.toAbsolutePath().normalize());
			try {
				// A symlinked kubeconfig changes where its target lives.
				Path real = file.toRealPath();
				if (!real.equals(file.toAbsolutePath().normalize())) {
					add(wanted, real);
				}
			} catch (IOException e) {
				// Missing: watching its directory is how its creation is noticed.
			}
		}
		if (service == null) {
			service = FileSystems.getDefault().newWatchService();
			thread = new Thread(this::run, "Kube9 kubeconfig watcher");
			thread.setDaemon(true);
			thread.start();
		}
		boolean registered = false;
		for (var iterator = keys.entrySet().iterator(); iterator.hasNext();) {
			var entry = iterator.next();
			if (!wanted.containsKey(entry.getKey()) || !entry.getValue().isValid()) {
				entry.getValue().cancel();
				iterator.remove();
			}
		}
		for (Path directory : wanted.keySet()) {
			if (!keys.containsKey(directory) && Files.isDirectory(directory)) {
				keys.put(directory, directory.register(service, StandardWatchEventKinds.ENTRY_CREATE,
						StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY));
				registered = true;
			}
		}
		names.keySet().retainAll(wanted.keySet());
		names.putAll(wanted);
		return registered;
	}

	/** The file's directory, or when that does not exist yet (no ~/.kube), its parent watching for it. */
	private static void add(Map<Path, Set<String>> wanted, Path file) {
		Path directory = file.getParent();
		if (directory == null) {
			return;
		}
		wanted.computeIfAbsent(directory, d -> new HashSet<>()).add(file.getFileName().toString());
		if (!Files.isDirectory(directory) && directory.getParent() != null) {
			wanted.computeIfAbsent(directory.getParent(), d -> new HashSet<>()).add(directory.getFileName().toString());
		}
	}

	/** The directories watched now. */
	public synchronized Set<Path> directories() {
		return Set.copyOf(keys.keySet());
	}

	private void run() {
		WatchService watchService;
		synchronized (this) {
			watchService = service;
		}
		try {
			while (true) {
				WatchKey key = watchService.take();
				boolean relevant = false;
				Path directory = (Path) key.watchable();
				Set<String> interesting = names.getOrDefault(directory, Set.of());
				for (WatchEvent<?> event : key.pollEvents()) {
					// An overflow lost events: assume the worst.
					relevant |= event.kind() == StandardWatchEventKinds.OVERFLOW
							|| interesting.contains(String.valueOf(event.context()));
				}
				if (!key.reset()) {
					// The directory went away; the reload looks again at what exists.
					relevant = true;
				}
				if (relevant) {
					notifyChange();
				}
			}
		} catch (ClosedWatchServiceException | InterruptedException e) {
			// Closed: the thread ends.
		} catch (RuntimeException e) {
			onError.accept(e);
		}
	}

	private void notifyChange() {
		try {
			onChange.run();
		} catch (RuntimeException e) {
			// One failed notification must not end the watching.
			onError.accept(e);
		}
	}

	/** Stops watching; the thread has ended when this returns (or is about to, if it was very busy). */
	@Override
	public void close() {
		WatchService watchService;
		Thread watching;
		synchronized (this) {
			closed = true;
			watchService = service;
			watching = thread;
			keys.clear();
		}
		if (watchService == null) {
			return;
		}
		try {
			watchService.close();
		} catch (IOException e) {
			onError.accept(e);
		}
		if (watching != Thread.currentThread()) {
			try {
				// take() fails at once on a closed service; this only makes the end observable.
				watching.join(2000);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** Whether the watcher's thread is running, for tests that check close(). */
	public synchronized boolean isRunning() {
		return thread != null && thread.isAlive();
	}
}
