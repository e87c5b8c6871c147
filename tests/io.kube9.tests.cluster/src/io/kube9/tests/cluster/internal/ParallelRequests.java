package io.kube9.tests.cluster.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import io.kubernetes.client.openapi.ApiCallback;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import okhttp3.Dispatcher;

/**
 * Runs asynchronous API requests with bounded concurrency: at most N chains in flight, the first failure
 * stops further submissions and is rethrown by {@link #awaitAll}. okhttp's dispatcher would otherwise cap
 * requests per host at 5.
 */
public final class ParallelRequests {

	/** Starts one request; the client's executeAsync(callback). */
	@FunctionalInterface
	public interface AsyncCall<T> {
		okhttp3.Call start(ApiCallback<T> callback) throws ApiException;
	}

	private final int concurrency;
	private final Semaphore permits;
	private final AtomicReference<Throwable> failure = new AtomicReference<>();

	public ParallelRequests(int concurrency) {
		this.concurrency = concurrency;
		this.permits = new Semaphore(concurrency);
	}

	/** Lets the client run {@code concurrency} requests at once against the one API server. */
	public void raiseDispatcherLimits(ApiClient client) {
		Dispatcher dispatcher = new Dispatcher();
		dispatcher.setMaxRequests(concurrency);
		dispatcher.setMaxRequestsPerHost(concurrency);
		client.setHttpClient(client.getHttpClient().newBuilder().dispatcher(dispatcher).build());
	}

	/** Waits for a free slot, then starts the chain of requests. */
	public void submit(Supplier<CompletableFuture<?>> chain) throws InterruptedException, ApiException {
		rethrowFailure();
		permits.acquire();
		CompletableFuture<?> running;
		try {
			running = chain.get();
		} catch (RuntimeException e) {
			permits.release();
			throw e;
		}
		running.whenComplete((result, error) -> {
			if (error != null) {
				failure.compareAndSet(null, error);
			}
			permits.release();
		});
	}

	/** Waits until every submitted chain has finished; rethrows the first failure. */
	public void awaitAll(Duration timeout) throws InterruptedException, ApiException {
		if (!permits.tryAcquire(concurrency, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new IllegalStateException("Requests still running after " + Log.seconds(timeout));
		}
		permits.release(concurrency);
		rethrowFailure();
	}

	private void rethrowFailure() throws ApiException {
		Throwable error = failure.get();
		while (error instanceof java.util.concurrent.CompletionException && error.getCause() != null) {
			error = error.getCause();
		}
		if (error instanceof ApiException apiException) {
			throw new ApiException(apiException.getMessage() + ": " + apiException.getResponseBody(), apiException,
					apiException.getCode(), apiException.getResponseHeaders(), apiException.getResponseBody());
		}
		if (error != null) {
			throw new IllegalStateException(error);
		}
	}

	/** One request as a future. */
	public static <T> CompletableFuture<T> call(AsyncCall<T> call) {
		CompletableFuture<T> future = new CompletableFuture<>();
		try {
			call.start(new ApiCallback<T>() {
				@Override
				public void onFailure(ApiException e, int statusCode, Map<String, List<String>> headers) {
					future.completeExceptionally(e);
				}

				@Override
				public void onSuccess(T result, int statusCode, Map<String, List<String>> headers) {
					future.complete(result);
				}

				@Override
				public void onUploadProgress(long bytesWritten, long contentLength, boolean done) {
					// not needed
				}

				@Override
				public void onDownloadProgress(long bytesRead, long contentLength, boolean done) {
					// not needed
				}
			});
		} catch (ApiException e) {
			future.completeExceptionally(e);
		}
		return future;
	}
}
