package io.kube9.core.internal.client;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.kube9.core.Settings;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.errors.ErrorClassifier;
import io.kube9.core.internal.errors.Errors;
import io.kube9.core.internal.trace.Trace;
import io.kubernetes.client.openapi.ApiClient;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * One API client per context, built lazily on the core executor (building may run a credential plugin), all
 * derived from one OkHttp client so that they share its connection pool and dispatcher. Never one global client
 * switched between contexts.
 */
public final class ClientPool implements AutoCloseable {

	private final ContextEntriesProvider entries;
	private final ApiClientFactory factory;
	private final Executor executor;
	private final Clock clock;
	private final ConnectionPool connections = new ConnectionPool(10, 5, TimeUnit.MINUTES);
	private final Dispatcher dispatcher = new Dispatcher();
	private final ConcurrentMap<String, CompletableFuture<BuiltClient>> clients = new ConcurrentHashMap<>();
	private volatile Settings settings;
	private volatile OkHttpClient base;

	public ClientPool(ContextEntriesProvider entries, ApiClientFactory factory, Settings settings, Executor executor,
			Clock clock) {
		this.entries = entries;
		this.factory = factory;
		this.executor = executor;
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

	/** The client of a context, built on first use off the caller's thread. */
	public CompletableFuture<BuiltClient> clientAsync(String context) {
		CompletableFuture<BuiltClient> client = clients.compute(context, (name, existing) -> {
			if (existing != null && !stale(existing)) {
				return existing;
			}
			OkHttpClient http = base;
			Duration timeout = settings.requestTimeout();
			return CompletableFuture.supplyAsync(() -> {
				try {
					Trace.mark("client.build.start");
					BuiltClient built = factory.build(entries.entries(name), http, timeout);
					Trace.mark("client.build.end");
					return built;
				} catch (KubeException e) {
					throw new CompletionException(e);
				}
			}, executor);
		});
		// A failed build is not kept: the next use tries again (the plugin may be installed by then).
		client.whenComplete((built, failure) -> {
			if (failure != null) {
				clients.remove(context, client);
			}
		});
		return client;
	}

	/** Waits for the client of a context; no longer than a credential plugin may take, plus a margin. */
	public BuiltClient client(String context) throws KubeException {
		Duration limit = settings.requestTimeout().plusSeconds(5);
		try {
			return clientAsync(context).get(limit.toMillis(), TimeUnit.MILLISECONDS);
		} catch (ExecutionException e) {
			throw ErrorClassifier.classify(e.getCause(), context);
		} catch (TimeoutException e) {
			throw Errors.of(ErrorKind.CREDENTIAL_PLUGIN, context,
					"building the client took longer than " + limit.toSeconds() + " s", e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw Errors.of(ErrorKind.UNKNOWN, context, "interrupted", e);
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
