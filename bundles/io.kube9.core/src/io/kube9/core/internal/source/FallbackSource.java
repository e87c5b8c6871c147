package io.kube9.core.internal.source;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

import com.google.gson.JsonObject;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.resources.ResourcePage;
import io.kube9.core.resources.ResourceQuery;

/**
 * The API client first; kubectl when the API client fails in a way kubectl may survive: credentials or TLS that
 * the Java client handles differently, or a client that could not be built. A 401, 403, 404 or an unreachable
 * server would fail the same way through kubectl, so those are not retried.
 */
public final class FallbackSource implements ResourceSource {

	private static final Set<ErrorKind> KUBECTL_MAY_SURVIVE = EnumSet.of(ErrorKind.CREDENTIAL_PLUGIN,
			ErrorKind.KUBECONFIG, ErrorKind.TLS, ErrorKind.UNKNOWN);

	private final ResourceSource primary;
	private final ResourceSource fallback;
	private final Consumer<KubeException> onFallback;

	/** @param onFallback told about each failure that is retried through the fallback (to log it) */
	public FallbackSource(ResourceSource primary, ResourceSource fallback, Consumer<KubeException> onFallback) {
		this.primary = primary;
		this.fallback = fallback;
		this.onFallback = onFallback;
	}

	@Override
	public String name() {
		return primary.name();
	}

	@Override
	public ResourcePage list(ResourceQuery query, CancellationSignal cancellation) throws KubeException {
		try {
			return primary.list(query, cancellation);
		} catch (KubeException e) {
			if (!worthFallingBack(e, cancellation)) {
				throw e;
			}
			onFallback.accept(e);
			return fallback.list(query, cancellation).afterFallbackFrom(e);
		}
	}

	@Override
	public JsonObject get(String context, String path, Duration timeout, CancellationSignal cancellation)
			throws KubeException {
		try {
			return primary.get(context, path, timeout, cancellation);
		} catch (KubeException e) {
			if (!worthFallingBack(e, cancellation)) {
				throw e;
			}
			onFallback.accept(e);
			return fallback.get(context, path, timeout, cancellation);
		}
	}

	private static boolean worthFallingBack(KubeException e, CancellationSignal cancellation) {
		return KUBECTL_MAY_SURVIVE.contains(e.kind()) && !cancellation.isCancelled();
	}
}
