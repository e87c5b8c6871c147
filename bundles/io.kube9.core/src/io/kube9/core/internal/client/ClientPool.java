package io.kube9.core.internal.client;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.osgi.util.NLS;

import io.kube9.core.Settings;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.errors.ErrorClassifier;
import io.kube9.core.internal.errors.Errors;
import io.kube9.core.internal.kubeconfig.ContextEntries;
import io.kube9.core.internal.trace.Trace;
import io.kubernetes.client.openapi.ApiClient;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * One API client per context, built lazily, all derived from one OkHttp client so that they share its connection
 * pool and dispatcher. Never one global client switched between contexts.
 * <p>
 * The first request of a context builds its client in its own thread (building may run a credential plugin);
 * concurrent requests of that context wait for that build, which is running, never queued behind them: a pool
 * of threads that all wait for builds queued on the same pool would stand still.
 */
public final class ClientPool implements AutoCloseable {

	/** Builds the client of one context on the shared OkHttp client ({@link ApiClientFactory#build}). */
	@FunctionalInterface
	public interface Factory {
		BuiltClient build(ContextEntries entries, OkHttpClient base, Duration requestTimeout) throws KubeException;
	}

	/** How much longer than a credential plugin may take a waiter waits for a build. */
	private static final Duration BUILD_MARGIN = Duration.ofSeconds(5);

	private final ContextEntriesProvider entries;
	private final Factory factory;
	private final Clock clock;
	private final ConnectionPool connections = new ConnectionPool(10, 5, TimeUnit.MINUTES);
	private final Dispatcher dispatcher = new Dispatcher();
	private final ConcurrentMap<String, CompletableFuture<BuiltClient>> clients = new ConcurrentHashMap<>();
	private volatile Settings settings;
	private volatile OkHttpClient base;

	public ClientPool(ContextEntriesProvider entries, Factory factory, Settings settings, Clock clock) {
		this.entries = entries;
		this.factory = factory;
		this.clock = clock;
		dispatcher.setMaxRequests(64);
		dispatcher.setMaxRequestsPerHost(16);
		apply(settings);
	}

	/** New timeouts: every client is rebuilt on next use, still on the same pool and dispatcher. */
	public void apply(Settings newSettings) {
		this.settings = newSettings;
		this.base = new OkHttpClient.Builder().connectionPool(connections).dispatcher(dispatcher)
				.socketFactory(new NoDelaySocketFactory()).connectTimeout(newSettings.connectTimeout())
				.readTimeout(newSettings.requestTimeout()).writeTimeout(newSettings.requestTimeout())
				.callTimeout(newSettings.requestTimeout()).build();
		invalidateAll();
	}

	/**
	 * The client of a context: built now in this thread if nobody has one or is building one, else the one being
	 * built, waited for no longer than a credential plugin may take plus a margin. A build that does not end by
	 * then is dropped, so the next request starts afresh.
	 */
	public BuiltClient client(String context) throws KubeException {
		CompletableFuture<BuiltClient> mine = new CompletableFuture<>();
		CompletableFuture<BuiltClient> current = clients.compute(context,
				(name, existing) -> existing != null && !stale(existing) ? existing : mine);
		if (current == mine) {
			return build(context, mine);
		}
		Duration limit = settings.requestTimeout().plus(BUILD_MARGIN);
		try {
			return current.get(limit.toMillis(), TimeUnit.MILLISECONDS);
		} catch (ExecutionException e) {
			throw ErrorClassifier.classify(e.getCause(), context);
		} catch (CancellationException e) {
			// Dropped by another waiter or an invalidation while we waited: build anew.
			return client(context);
		} catch (TimeoutException e) {
			clients.remove(context, current);
			current.cancel(false);
			throw Errors.of(ErrorKind.CREDENTIAL_PLUGIN, context,
					NLS.bind(ClientMessages.client_buildTooSlow, limit.toSeconds()), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw Errors.of(ErrorKind.UNKNOWN, context, ClientMessages.client_interrupted, e);
		}
	}

	private BuiltClient build(String context, CompletableFuture<BuiltClient> building) throws KubeException {
		try {
			Trace.mark("client.build.start");
			BuiltClient built = factory.build(entries.entries(context), base, settings.requestTimeout());
			Trace.mark("client.build.end");
			building.complete(built);
			return built;
		} catch (KubeException | RuntimeException e) {
			// A failed build is not kept: the next use tries again (the plugin may be installed by then).
			clients.remove(context, building);
			KubeException classified = ErrorClassifier.classify(e, context);
			building.completeExceptionally(classified);
			throw classified;
		}
	}

	public ApiClient api(String context) throws KubeException {
		return client(context).api();
	}

	public void invalidate(String context) {
		clients.remove(context);
	}

	public void invalidateAll() {
		clients.clear();
	}

	/** Whether the client of a context is built and usable now (nothing is built by asking). */
	public boolean isReady(String context) {
		CompletableFuture<BuiltClient> client = clients.get(context);
		return client != null && client.isDone() && !client.isCompletedExceptionally() && !stale(client);
	}

	/** The OkHttp client every context's client derives from. */
	public OkHttpClient baseHttpClient() {
		return base;
	}

	public ConnectionPool connectionPool() {
		return connections;
	}

	private boolean stale(CompletableFuture<BuiltClient> client) {
		BuiltClient built = client.getNow(null);
		return built != null && built.expired(clock.instant());
	}

	@Override
	public void close() {
		clients.clear();
		connections.evictAll();
		dispatcher.executorService().shutdown();
	}
}
