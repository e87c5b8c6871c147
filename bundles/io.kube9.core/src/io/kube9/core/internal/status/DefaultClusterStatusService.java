package io.kube9.core.internal.status;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;

import com.google.common.base.Ticker;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import io.kube9.core.Settings;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.source.CancellationSignal;
import io.kube9.core.internal.source.Json;
import io.kube9.core.internal.source.ResourceSource;
import io.kube9.core.internal.trace.Trace;
import io.kube9.core.status.ArgoCdPresence;
import io.kube9.core.status.ClusterStatus;
import io.kube9.core.status.ClusterStatusService;
import io.kube9.core.status.Connectivity;
import io.kube9.core.status.OperatorStatus;

/**
 * Checks a cluster when asked (its first expansion): GET /version with a short timeout, then the operator's
 * status ConfigMap and ArgoCD's CRD in parallel; those two answers are cached five minutes. Connectivity is
 * known after the first step: whoever waits for it alone need not wait for the other two.
 */
public final class DefaultClusterStatusService implements ClusterStatusService {

	static final Duration ANSWER_TIME_TO_LIVE = Duration.ofMinutes(5);
	private static final String OPERATOR_CONFIG_MAP = "kube9-operator-status";
	private static final String ARGOCD_CRD = "/apis/apiextensions.k8s.io/v1/customresourcedefinitions/applications.argoproj.io";
	private static final String ARGOCD_DISCOVERY = "/apis/argoproj.io/v1alpha1";

	private final Supplier<ResourceSource> source;
	private final Supplier<Settings> settings;
	private final Executor executor;
	private final Clock clock;
	private final OperatorStatusParser parser;
	private final Cache<String, OperatorStatus> operators;
	private final Cache<String, ArgoCdPresence> argoCd;
	private final ConcurrentMap<String, CompletableFuture<ClusterStatus>> checks = new ConcurrentHashMap<>();
	/** The first step of each context's last check. */
	private final ConcurrentMap<String, CompletableFuture<Connectivity>> connectivities = new ConcurrentHashMap<>();
	private final ConcurrentMap<String, ClusterStatus> results = new ConcurrentHashMap<>();
	private final List<Consumer<ClusterStatus>> listeners = new CopyOnWriteArrayList<>();

	public DefaultClusterStatusService(Supplier<ResourceSource> source, Supplier<Settings> settings, Executor executor,
			Ticker ticker, Clock clock) {
		this.source = source;
		this.settings = settings;
		this.executor = executor;
		this.clock = clock;
		this.parser = new OperatorStatusParser(clock);
		this.operators = CacheBuilder.newBuilder().ticker(ticker).expireAfterWrite(ANSWER_TIME_TO_LIVE).build();
		this.argoCd = CacheBuilder.newBuilder().ticker(ticker).expireAfterWrite(ANSWER_TIME_TO_LIVE).build();
	}

	@Override
	public Optional<ClusterStatus> last(String context) {
		return Optional.ofNullable(results.get(context));
	}

	@Override
	public CompletableFuture<ClusterStatus> checkOnce(String context) {
		CompletableFuture<ClusterStatus> check = new CompletableFuture<>();
		CompletableFuture<ClusterStatus> running = checks.putIfAbsent(context, check);
		if (running != null) {
			return running;
		}
		run(context, check);
		return check;
	}

	@Override
	public CompletableFuture<ClusterStatus> recheck(String context) {
		CompletableFuture<ClusterStatus> check = new CompletableFuture<>();
		synchronized (this) {
			operators.invalidate(context);
			argoCd.invalidate(context);
			checks.put(context, check);
		}
		run(context, check);
		return check;
	}

	@Override
	public CompletableFuture<Connectivity> connectivity(String context) {
		CompletableFuture<ClusterStatus> check = checkOnce(context);
		CompletableFuture<Connectivity> firstStep = connectivities.get(context);
		// Forgotten meanwhile: the whole check tells the same, later.
		return firstStep != null ? firstStep : check.thenApply(ClusterStatus::connectivity);
	}

	/**
	 * Forgets a context's results (it changed or went away); its next expansion checks it again. A check still
	 * running answers its caller but publishes nothing.
	 */
	public synchronized void forget(String context) {
		checks.remove(context);
		connectivities.remove(context);
		results.remove(context);
		operators.invalidate(context);
		argoCd.invalidate(context);
	}

	public synchronized void forgetAll() {
		checks.clear();
		connectivities.clear();
		results.clear();
		operators.invalidateAll();
		argoCd.invalidateAll();
	}

	@Override
	public void addListener(Consumer<ClusterStatus> listener) {
		listeners.add(listener);
	}

	@Override
	public void removeListener(Consumer<ClusterStatus> listener) {
		listeners.remove(listener);
	}

	/**
	 * GET /version, then the operator's ConfigMap and ArgoCD's CRD in parallel, composed: no task of the executor
	 * waits for another one queued behind it. Only the context's current check publishes: one that a recheck or
	 * a forget overtook must not overwrite the newer truth.
	 */
	private void run(String context, CompletableFuture<ClusterStatus> check) {
		CompletableFuture<Connectivity> firstStep = new CompletableFuture<>();
		connectivities.put(context, firstStep);
		CompletableFuture.supplyAsync(() -> connect(context), executor).whenComplete((connectivity, failure) -> {
			if (connectivity != null) {
				firstStep.complete(connectivity);
			} else {
				firstStep.completeExceptionally(failure);
			}
		}).thenCompose(connectivity -> {
			if (!connectivity.reachable()) {
				OperatorStatus unknown = new OperatorStatus(OperatorStatus.Mode.UNKNOWN, "",
						StatusMessages.cluster_unreachable);
				return CompletableFuture.completedFuture(
						new ClusterStatus(context, connectivity, unknown, ArgoCdPresence.UNKNOWN, clock.instant()));
			}
			CompletableFuture<OperatorStatus> operator = CompletableFuture.supplyAsync(() -> operator(context, check),
					executor);
			CompletableFuture<ArgoCdPresence> argo = CompletableFuture.supplyAsync(() -> argoCd(context, check),
					executor);
			return operator.thenCombine(argo, (operatorStatus, argoCdPresence) -> {
				Trace.mark("status.operator.end");
				return new ClusterStatus(context, connectivity, operatorStatus, argoCdPresence, clock.instant());
			});
		}).whenComplete((status, failure) -> {
			if (status == null) {
				check.completeExceptionally(failure);
				return;
			}
			boolean current;
			synchronized (this) {
				current = checks.get(context) == check;
				if (current) {
					results.put(context, status);
				}
			}
			if (current) {
				Trace.mark("status.published");
				listeners.forEach(listener -> notify(listener, status));
			}
			check.complete(status);
		});
	}

	/** Keeps an answer for five minutes, unless the check that found it was overtaken meanwhile. */
	private synchronized <T> void keep(Cache<String, T> cache, String context, CompletableFuture<ClusterStatus> check,
			T answer) {
		if (checks.get(context) == check) {
			cache.put(context, answer);
		}
	}

	private Connectivity connect(String context) {
		Trace.mark("status.check.start");
		try {
			JsonObject version = get(context, "/version", connectivityTimeout());
			return Connectivity.reachable(Json.text(version, "gitVersion"));
		} catch (KubeException e) {
			return Connectivity.unreachable(e);
		} finally {
			Trace.mark("status.version.end");
		}
	}

	private OperatorStatus operator(String context, CompletableFuture<ClusterStatus> check) {
		OperatorStatus cached = operators.getIfPresent(context);
		if (cached != null) {
			return cached;
		}
		String path = "/api/v1/namespaces/" + settings.get().operatorNamespace() + "/configmaps/" + OPERATOR_CONFIG_MAP;
		OperatorStatus status;
		try {
			status = parser.parse(get(context, path, settings.get().requestTimeout()));
		} catch (KubeException e) {
			status = e.kind() == ErrorKind.NOT_FOUND ? OperatorStatus.basic()
					: new OperatorStatus(OperatorStatus.Mode.UNKNOWN, "",
							NLS.bind(StatusMessages.operator_unreadable, e.getMessage()));
		}
		if (status.mode() != OperatorStatus.Mode.UNKNOWN) {
			keep(operators, context, check, status);
		}
		return status;
	}

	private ArgoCdPresence argoCd(String context, CompletableFuture<ClusterStatus> check) {
		ArgoCdPresence cached = argoCd.getIfPresent(context);
		if (cached != null) {
			return cached;
		}
		ArgoCdPresence presence = argoCdNow(context);
		if (presence != ArgoCdPresence.UNKNOWN) {
			keep(argoCd, context, check, presence);
		}
		return presence;
	}

	private ArgoCdPresence argoCdNow(String context) {
		Duration timeout = settings.get().requestTimeout();
		try {
			get(context, ARGOCD_CRD, timeout);
			return ArgoCdPresence.INSTALLED;
		} catch (KubeException e) {
			if (e.kind() == ErrorKind.NOT_FOUND) {
				return ArgoCdPresence.NOT_INSTALLED;
			}
			if (e.kind() != ErrorKind.PERMISSION) {
				return ArgoCdPresence.UNKNOWN;
			}
		}
		// Not allowed to read CRDs: discovery, which every authenticated user may read, tells the same.
		try {
			for (JsonElement resource : Json.array(get(context, ARGOCD_DISCOVERY, timeout), "resources")) {
				if ("applications".equals(Json.text(resource.getAsJsonObject(), "name"))) {
					return ArgoCdPresence.INSTALLED;
				}
			}
			return ArgoCdPresence.NOT_INSTALLED;
		} catch (KubeException e) {
			return e.kind() == ErrorKind.NOT_FOUND ? ArgoCdPresence.NOT_INSTALLED : ArgoCdPresence.UNKNOWN;
		}
	}

	/** A GET with its own time limit, which the source applies to the request itself. */
	private JsonObject get(String context, String path, Duration timeout) throws KubeException {
		return source.get().get(context, path, timeout, CancellationSignal.none());
	}

	/** Short: a reachable server answers /version at once. */
	private Duration connectivityTimeout() {
		Settings current = settings.get();
		Duration shortLimit = current.connectTimeout().plusSeconds(5);
		return shortLimit.compareTo(current.requestTimeout()) < 0 ? shortLimit : current.requestTimeout();
	}

	private static void notify(Consumer<ClusterStatus> listener, ClusterStatus status) {
		try {
			listener.accept(status);
		} catch (RuntimeException e) {
			ILog.of(DefaultClusterStatusService.class).error("A cluster status listener failed", e);
		}
	}
}
