package io.kube9.core.internal.kubeconfig;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;

import org.eclipse.osgi.util.NLS;

import io.kube9.core.NamespaceMode;
import io.kube9.core.Settings;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.kubeconfig.KubeContext;
import io.kube9.core.kubeconfig.KubeconfigChange;
import io.kube9.core.kubeconfig.KubeconfigService;

/**
 * The kubeconfig as kubectl loads it, kept current by watching its files. Settings are read again on every load,
 * so changed kubeconfig files take effect with the next reload. Listeners are called on the thread that caused
 * the change (the caller of a write or {@link #reload()}, or the reload thread for file changes), after the new
 * snapshot is in place; they must not block.
 */
public final class DefaultKubeconfigService implements KubeconfigService, AutoCloseable {

	/** How long file events must be quiet before a reload: an editor's save is several events. */
	public static final Duration DEBOUNCE = Duration.ofMillis(200);
	private static final long SETTLE_PAUSE_MILLIS = 50;

	private final Supplier<Settings> settings;
	private final KubeconfigLoader loader;
	private final KubeconfigFileEditor editor;
	private final List<Consumer<KubeconfigChange>> listeners = new CopyOnWriteArrayList<>();
	/** Namespaces chosen in the IDE (IDE_ONLY mode, or a context no file defines). */
	private final Map<String, String> ideNamespaces = new ConcurrentHashMap<>();
	private final Object lock = new Object();
	private final ScheduledExecutorService executor;
	private final Debouncer debouncer;
	private final KubeconfigWatcher watcher;
	private volatile MergedKubeconfig current;
	private volatile boolean closed;

	public DefaultKubeconfigService(Supplier<Settings> settings, KubeEnvironment environment) {
		this(settings, environment, new AtomicFileWriter(), DEBOUNCE);
	}

	/**
	 * @param writer   how files are replaced (tests inject failures)
	 * @param debounce quiet time before a file change is reloaded
	 */
	public DefaultKubeconfigService(Supplier<Settings> settings, KubeEnvironment environment, AtomicFileWriter writer,
			Duration debounce) {
		this(settings, environment, writer, debounce, KubeconfigFileEditor.LOCK_WAIT);
	}

	/** @param lockWait how long a write waits for another writer's lock file to go */
	DefaultKubeconfigService(Supplier<Settings> settings, KubeEnvironment environment, AtomicFileWriter writer,
			Duration debounce, Duration lockWait) {
		this.settings = Objects.requireNonNull(settings);
		this.loader = new KubeconfigLoader(environment);
		this.editor = new KubeconfigFileEditor(Objects.requireNonNull(writer), lockWait);
		this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "Kube9 kubeconfig reload");
			thread.setDaemon(true);
			return thread;
		});
		this.debouncer = new Debouncer(executor, debounce, this::reloadInBackground);
		this.watcher = new KubeconfigWatcher(debouncer::trigger, e -> log("Watching the kubeconfig files failed", e));
	}

	@Override
	public MergedKubeconfig current() {
		MergedKubeconfig snapshot = current;
		if (snapshot == null) {
			synchronized (lock) {
				if (current == null) {
					current = loadAndWatch();
				}
				snapshot = current;
			}
		}
		return snapshot;
	}

	@Override
	public MergedKubeconfig reload() {
		KubeconfigChange change;
		MergedKubeconfig after;
		synchronized (lock) {
			MergedKubeconfig before = current;
			after = before == null ? loadAndWatch() : loadSettled(before);
			current = after;
			if (before == null) {
				// The first load is no change to anyone.
				return after;
			}
			change = KubeconfigDiff.between(before, after);
		}
		publish(change);
		return after;
	}

	/** What a client for the context is built from; see {@link MergedKubeconfig#entries(String)}. */
	public ContextEntries entries(String context) throws KubeException {
		return current().entries(context);
	}

	@Override
	public String activeNamespace(String context) {
		MergedKubeconfig snapshot = current();
		if (keptInIde(snapshot, context)) {
			String chosen = ideNamespaces.get(context);
			if (chosen != null) {
				return chosen;
			}
		}
		return snapshot.context(context).map(KubeContext::namespaceOrDefault).orElse(KubeContext.DEFAULT_NAMESPACE);
	}

	@Override
	public void setActiveNamespace(String context, String namespace) throws KubeException {
		if (namespace == null || namespace.isBlank()) {
			throw new IllegalArgumentException("namespace must not be empty");
		}
		MergedKubeconfig snapshot = current();
		KubeContext found = snapshot.context(context).orElseThrow(() -> MergedKubeconfig.noSuchContext(context));
		if (keptInIde(snapshot, context)) {
			String before = activeNamespace(context);
			ideNamespaces.put(context, namespace);
			if (!before.equals(namespace)) {
				publish(new KubeconfigChange(snapshot, snapshot, Set.of(), Set.of(), Set.of(context), Set.of(context),
						false));
			}
			return;
		}
		writeThenReload(found.file(), context, NLS.bind(KubeconfigMessages.what_namespace, context),
				text -> KubeconfigEdits.withContextNamespace(text, context, namespace));
	}

	@Override
	public void setCurrentContext(String context) throws KubeException {
		MergedKubeconfig snapshot = current();
		snapshot.context(context).orElseThrow(() -> MergedKubeconfig.noSuchContext(context));
		// Like kubectl: the first file that sets current-context, else the first file.
		Path target = snapshot.currentContextFile();
		if (target == null && !snapshot.files().isEmpty()) {
			target = snapshot.files().get(0);
		}
		if (target == null) {
			if (snapshot.isSynthetic(context)) {
				// The in-cluster context is the only one and already current.
				return;
			}
			throw new KubeException(ErrorKind.KUBECONFIG, context, KubeconfigMessages.write_noFile,
					KubeconfigMessages.write_noFileAction, "", null);
		}
		writeThenReload(target, context, KubeconfigMessages.what_currentContext,
				text -> KubeconfigEdits.withCurrentContext(text, context));
	}

	@Override
	public void addListener(Consumer<KubeconfigChange> listener) {
		listeners.add(Objects.requireNonNull(listener));
	}

	@Override
	public void removeListener(Consumer<KubeconfigChange> listener) {
		listeners.remove(listener);
	}

	/** Stops watching the files; snapshots can still be read and reloaded by hand. */
	@Override
	public void close() {
		closed = true;
		watcher.close();
		executor.shutdownNow();
	}

	/** Whether the files are being watched (until {@link #close()}). */
	public boolean isWatching() {
		return watcher.isRunning();
	}

	/** The directories watched now (for tests and diagnostics). */
	public Set<Path> watchedDirectories() {
		return watcher.directories();
	}

	private void writeThenReload(Path file, String context, String what, KubeconfigFileEditor.Edit edit)
			throws KubeException {
		KubeconfigChange change;
		synchronized (lock) {
			MergedKubeconfig before = current();
			editor.edit(file, before.hasContentFrom(file), context, what, edit);
			current = loadSettled(before);
			change = KubeconfigDiff.between(before, current);
		}
		publish(change);
	}

	private boolean keptInIde(MergedKubeconfig snapshot, String context) {
		return settings.get().namespaceMode() == NamespaceMode.IDE_ONLY || snapshot.isSynthetic(context);
	}

	/**
	 * A load that does not mistake a file being written for an emptied one: kubectl truncates a file before it
	 * writes it (and holds the file's lock meanwhile). A file that had content and now reads empty or unparsable is
	 * read again for a while before its contexts count as removed.
	 */
	private MergedKubeconfig loadSettled(MergedKubeconfig before) {
		long deadline = System.nanoTime() + KubeconfigFileEditor.SETTLE_WAIT.toNanos();
		MergedKubeconfig after = loadAndWatch();
		while (halfWritten(before, after) && System.nanoTime() < deadline) {
			try {
				TimeUnit.MILLISECONDS.sleep(SETTLE_PAUSE_MILLIS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
			after = loadAndWatch();
		}
		return after;
	}

	private static boolean halfWritten(MergedKubeconfig before, MergedKubeconfig after) {
		return after.files().stream().anyMatch(file -> before.hasContentFrom(file) && !after.hasContentFrom(file));
	}

	private MergedKubeconfig loadAndWatch() {
		KubeconfigLocation location = loader.locate(settings.get());
		if (!closed) {
			try {
				if (watcher.watch(location.candidates())) {
					// A file created before its directory was watched would go unnoticed: locate once more, then read.
					location = loader.locate(settings.get());
				}
			} catch (IOException e) {
				log("Cannot watch the kubeconfig files", e);
			}
		}
		return loader.load(location);
	}

	private void reloadInBackground() {
		try {
			reload();
		} catch (RuntimeException e) {
			log("Reloading the kubeconfig failed", e);
		}
	}

	private void publish(KubeconfigChange change) {
		if (change.isEmpty()) {
			return;
		}
		for (Consumer<KubeconfigChange> listener : listeners) {
			try {
				listener.accept(change);
			} catch (RuntimeException e) {
				log("A kubeconfig listener failed", e);
			}
		}
	}

	private static void log(String message, Exception e) {
		ILog.of(DefaultKubeconfigService.class).error(message, e);
	}
}
