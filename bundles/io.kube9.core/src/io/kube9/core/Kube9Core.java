package io.kube9.core;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;

import com.google.common.base.Ticker;

import io.kube9.core.changes.ChangeService;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.changes.DefaultChangeService;
import io.kube9.core.internal.ContributedSettings;
import io.kube9.core.internal.EngineExecutor;
import io.kube9.core.internal.cache.ResourceCache;
import io.kube9.core.internal.client.ApiClientFactory;
import io.kube9.core.internal.client.ClientPool;
import io.kube9.core.internal.client.ExecCredentialPlugin;
import io.kube9.core.internal.client.Executables;
import io.kube9.core.internal.kubeconfig.DefaultKubeconfigService;
import io.kube9.core.internal.describe.DefaultDescribeService;
import io.kube9.core.internal.forward.DefaultPortForwardService;
import io.kube9.core.internal.kubeconfig.KubeEnvironment;
import io.kube9.core.internal.live.LiveEngine;
import io.kube9.core.internal.live.LiveTiming;
import io.kube9.core.internal.logs.ApiLogOpener;
import io.kube9.core.internal.logs.DefaultLogService;
import io.kube9.core.internal.logs.KubectlLogOpener;
import io.kube9.core.internal.performance.PerformanceRecorder;
import io.kube9.core.internal.performance.SlowRequestLog;
import io.kube9.core.internal.performance.TimedSource;
import io.kube9.core.internal.source.ApiClientSource;
import io.kube9.core.internal.source.CountingSource;
import io.kube9.core.internal.source.DefaultResourceService;
import io.kube9.core.internal.source.FallbackSource;
import io.kube9.core.internal.source.KubectlSource;
import io.kube9.core.internal.source.ResourceSource;
import io.kube9.core.internal.status.DefaultClusterStatusService;
import io.kube9.core.internal.warmup.WarmUp;
import io.kube9.core.internal.warmup.WarmUpJob;
import io.kube9.core.describe.DescribeService;
import io.kube9.core.forward.PortForwardService;
import io.kube9.core.kubeconfig.KubeContext;
import io.kube9.core.kubeconfig.KubeconfigChange;
import io.kube9.core.kubeconfig.KubeconfigService;
import io.kube9.core.live.LiveUpdates;
import io.kube9.core.logs.LogService;
import io.kube9.core.performance.PerformanceMonitor;
import io.kube9.core.resources.ResourceKind;
import io.kube9.core.resources.ResourceService;
import io.kube9.core.status.ClusterStatusService;

/**
 * The engine: kubeconfig, clients, sources, cache and cluster checks, wired together and kept consistent with
 * the settings and the kubeconfig files. The IDE uses one instance ({@link #get()}); tests make their own.
 */
public final class Kube9Core implements AutoCloseable {

	private static volatile Kube9Core shared;

	private final EngineExecutor executor;
	private final DefaultKubeconfigService kubeconfig;
	private final ClientPool clients;
	private final DefaultResourceService resources;
	private final DefaultClusterStatusService status;
	private final LiveEngine live;
	private final DefaultChangeService changes;
	private final DefaultLogService logs;
	private final DefaultDescribeService describe;
	private final DefaultPortForwardService forwards;
	private final Executables executables;
	private final Map<String, AtomicLong> backendRequests = CountingSource.newCounters();
	private final PerformanceRecorder performance = new PerformanceRecorder(
			() -> this.settings.slowRequestThreshold(), SlowRequestLog::log);
	private final List<Consumer<Settings>> settingsListeners = new CopyOnWriteArrayList<>();
	private final Ticker ticker;
	private final AtomicBoolean warmedUp = new AtomicBoolean();
	private volatile WarmUpJob warmUp;
	private volatile Settings settings;
	private volatile boolean closed;

	/** The engine's threads: enough for every listing of a few dozen clusters to run at once. */
	public static final int THREADS = 32;

	/** @param kubeconfig makes the kubeconfig service, given how to read the current settings */
	public Kube9Core(Settings settings, Function<Supplier<Settings>, DefaultKubeconfigService> kubeconfig,
			Executables executables, Ticker ticker, Clock clock) {
		this(settings, kubeconfig, executables, ticker, clock, THREADS);
	}

	/** @param threads how many tasks the engine runs at once (tests use few, to prove that none waits for another) */
	public Kube9Core(Settings settings, Function<Supplier<Settings>, DefaultKubeconfigService> kubeconfig,
			Executables executables, Ticker ticker, Clock clock, int threads) {
		this.settings = Objects.requireNonNull(settings);
		this.kubeconfig = kubeconfig.apply(this::settings);
		this.executables = executables;
		this.ticker = ticker;
		this.executor = new EngineExecutor(threads);
		this.clients = new ClientPool(this.kubeconfig::entries,
				new ApiClientFactory(new ExecCredentialPlugin(executables, clock))::build, settings, clock);
		this.resources = new DefaultResourceService(newSource(settings), newCache(settings), backendRequests, executor,
				performance);
		this.status = new DefaultClusterStatusService(resources::source, this::settings, executor, ticker, clock);
		this.live = new LiveEngine(clients, resources::refresh, resources::applyChanges, this::settings,
				kind -> timeToLive(this.settings, kind), executor, LiveTiming.fromSystemProperties());
		this.live.countReconnectsWith(performance::reconnect);
		this.changes = new DefaultChangeService(clients, context -> this.kubeconfig.current().context(context)
				.map(KubeContext::user).orElse(""), clock,
				new KubectlSource(this::settings, () -> this.kubeconfig.current().filesKubectlCanLoad(), executables),
				() -> this.settings.backend());
		this.logs = new DefaultLogService(this::settings, resources, new ApiLogOpener(clients),
				new KubectlLogOpener(this::settings, () -> this.kubeconfig.current().filesKubectlCanLoad(), executables));
		this.describe = new DefaultDescribeService(resources);
		this.forwards = new DefaultPortForwardService(this::settings, () -> this.kubeconfig.current().filesKubectlCanLoad(),
				executables, resources);
		this.kubeconfig.addListener(this::kubeconfigChanged);
	}

	/**
	 * The instance the IDE uses, created on first use with the settings of the contributed provider (the
	 * preferences), which it then follows; defaults when nothing is contributed.
	 */
	public static Kube9Core get() {
		Kube9Core instance = shared;
		if (instance == null) {
			synchronized (Kube9Core.class) {
				instance = shared;
				if (instance == null) {
					Optional<SettingsProvider> provider = ContributedSettings.provider();
					instance = create(provider.map(SettingsProvider::current).orElse(Settings.defaults()));
					shared = instance;
					provider.ifPresent(contributed -> contributed.addListener(shared::applySettings));
				}
			}
		}
		return instance;
	}

	/**
	 * Closes the instance the IDE uses, if one was made: the bundle does when it stops. A later {@link #get()}
	 * makes a new one.
	 */
	public static void closeShared() {
		Kube9Core instance;
		synchronized (Kube9Core.class) {
			instance = shared;
			shared = null;
		}
		if (instance != null) {
			instance.close();
		}
	}

	/** A new, independent engine reading this process's environment (KUBECONFIG, HOME, PATH). */
	public static Kube9Core create(Settings settings) {
		Executables executables = Executables.ofThisProcess();
		return new Kube9Core(settings, current -> new DefaultKubeconfigService(current, KubeEnvironment.system()),
				executables, Ticker.systemTicker(), Clock.systemUTC());
	}

	public Settings settings() {
		return settings;
	}

	/**
	 * New settings take effect at once: the backend and timeouts switch, cached listings are dropped, clients are
	 * rebuilt on next use, and listeners (the Explorer) are told.
	 */
	public synchronized void applySettings(Settings newSettings) {
		Settings old = settings;
		if (closed || old.equals(newSettings)) {
			return;
		}
		settings = newSettings;
		if (!old.connectTimeout().equals(newSettings.connectTimeout())
				|| !old.requestTimeout().equals(newSettings.requestTimeout())) {
			clients.apply(newSettings);
		}
		if (!old.kubeconfigFiles().equals(newSettings.kubeconfigFiles())) {
			// The reload's change drops the clients of the contexts it changed or removed.
			kubeconfig.reload();
		}
		if (old.backend() != newSettings.backend() || old.liveUpdates() != newSettings.liveUpdates()
				|| old.liveListingsPerCluster() != newSettings.liveListingsPerCluster()
				|| !old.kubeconfigFiles().equals(newSettings.kubeconfigFiles())) {
			// Watches follow the backend and the live settings; the view follows them again as it reloads.
			live.stopAll();
		}
		resources.use(newSource(newSettings), newCache(newSettings));
		status.forgetAll();
		settingsListeners.forEach(listener -> listener.accept(newSettings));
	}

	/**
	 * Prepares the first expansion in a low-priority background job, once per engine: classes loaded and
	 * initialised, the current context's client built when that runs no credential plugin. No cluster is
	 * contacted. The Explorer calls it when it opens, so an IDE whose Explorer stays closed pays nothing.
	 */
	public void warmUpInBackground() {
		if (warmedUp.compareAndSet(false, true)) {
			WarmUpJob job = new WarmUpJob(new WarmUp(kubeconfig, clients, settings, executables));
			warmUp = job;
			job.schedule();
		}
	}

	public KubeconfigService kubeconfig() {
		return kubeconfig;
	}

	public ResourceService resources() {
		return resources;
	}

	public ClusterStatusService status() {
		return status;
	}

	/** Keeps the listings the view shows current. */
	public LiveUpdates live() {
		return live;
	}

	/** Request counts and latencies, cache use, watch reconnects and errors, per context. */
	public PerformanceMonitor performance() {
		return performance;
	}

	/** Changes to objects: apply, delete, scale, restart, cordon, and what the user may do. */
	public ChangeService changes() {
		return changes;
	}

	/** What kubectl describe would say, built from the API. */
	public DescribeService describe() {
		return describe;
	}

	/** Container logs, streamed through the chosen backend. */
	public LogService logs() {
		return logs;
	}

	/** Port forwards through kubectl, per context; closing the engine stops them. */
	public PortForwardService forwards() {
		return forwards;
	}

	/**
	 * Sets a context's active namespace; only that context's cached listings are dropped (its client and status
	 * stay: they do not depend on the namespace).
	 */
	public void setActiveNamespace(String context, String namespace) throws KubeException {
		kubeconfig.setActiveNamespace(context, namespace);
		resources.invalidateContext(context);
	}

	public void addSettingsListener(Consumer<Settings> listener) {
		settingsListeners.add(listener);
	}

	public void removeSettingsListener(Consumer<Settings> listener) {
		settingsListeners.remove(listener);
	}

	/** The shared client pool (tests and benchmarks measure through it). */
	public ClientPool clients() {
		return clients;
	}

	private void kubeconfigChanged(KubeconfigChange change) {
		for (String context : change.removed()) {
			forget(context);
		}
		for (String context : change.changed()) {
			if (change.namespaceOnly().contains(context)) {
				// Same cluster, same user: the client and the cluster's status stay; the listings do not.
				resources.invalidateContext(context);
			} else {
				forget(context);
			}
		}
	}

	private void forget(String context) {
		live.stopContext(context);
		clients.invalidate(context);
		resources.invalidateContext(context);
		status.forget(context);
		changes.forget(context);
	}

	private ResourceSource newSource(Settings current) {
		ResourceSource api = new TimedSource(new CountingSource(new ApiClientSource(clients), backendRequests),
				performance);
		ResourceSource kubectl = new TimedSource(new CountingSource(
				new KubectlSource(this::settings, () -> kubeconfig.current().filesKubectlCanLoad(), executables),
				backendRequests), performance);
		if (current.backend() == Backend.KUBECTL) {
			return kubectl;
		}
		if (!current.kubectlFallback()) {
			return api;
		}
		return new FallbackSource(api, kubectl, failure -> ILog.of(Kube9Core.class)
				.warn("Retrying through kubectl after the API client failed for context " + failure.context() + ": "
						+ failure.getMessage() + " (" + failure.detail() + ")"));
	}

	private ResourceCache newCache(Settings current) {
		return new ResourceCache(kind -> timeToLive(current, kind), ticker);
	}

	private static java.time.Duration timeToLive(Settings current, ResourceKind kind) {
		return current.cacheTimeToLive().getOrDefault(kind.id(), kind.timeToLive());
	}

	/** Whether {@link #close()} was called: its threads, file watching and connections are gone. */
	public boolean isClosed() {
		return closed;
	}

	/** Stops the engine's threads, the file watching and the connections. */
	@Override
	public synchronized void close() {
		closed = true;
		WarmUpJob job = warmUp;
		if (job != null) {
			job.cancel();
		}
		live.close();
		logs.close();
		forwards.close();
		kubeconfig.close();
		clients.close();
		executor.close();
	}
}
