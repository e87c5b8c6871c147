package io.kube9.core.internal.source;

import java.time.Duration;
import java.util.function.Consumer;

import com.google.gson.JsonObject;

import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.errors.ClientSideFailure;
import io.kube9.core.internal.errors.Errors;
import io.kube9.core.resources.ResourcePage;
import io.kube9.core.resources.ResourceQuery;

/**
 * The API client first; kubectl only where kubectl can plausibly succeed where the client failed: a failure of
 * the Java client itself ({@link ClientSideFailure}: a TLS or auth-provider feature it lacks, an error nobody
 * expected inside it). An answer from the server (401, 403, 404, 410, 5xx), a network failure (refused, DNS,
 * timeout), a credential plugin's failure or a broken kubeconfig entry would fail the same way through kubectl,
 * so those are reported as they are. When kubectl fails too, the client's classified failure is what the user
 * sees, with kubectl's words as a second line of its detail. A page served by kubectl says so
 * ({@link ResourcePage#servedByFallback()}). Never in the middle of paging: kubectl cannot continue the client's
 * listing, and its whole list after the client's first pages would repeat them.
 */
public final class FallbackSource implements ResourceSource {

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
			if (!worthFallingBack(e, cancellation) || !query.continueToken().isEmpty()) {
				throw e;
			}
			onFallback.accept(e);
			try {
				return fallback.list(query, cancellation).afterFallbackFrom(e);
			} catch (KubeException kubectl) {
				throw Errors.withFallbackFailure(e, kubectl);
			}
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
			try {
				return fallback.get(context, path, timeout, cancellation);
			} catch (KubeException kubectl) {
				throw Errors.withFallbackFailure(e, kubectl);
			}
		}
	}

	private static boolean worthFallingBack(KubeException e, CancellationSignal cancellation) {
		return e instanceof ClientSideFailure && !cancellation.isCancelled();
	}
}
