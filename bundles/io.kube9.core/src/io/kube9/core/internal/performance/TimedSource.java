package io.kube9.core.internal.performance;

import java.time.Duration;

import com.google.gson.JsonObject;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.source.CancellationSignal;
import io.kube9.core.internal.source.ResourceSource;
import io.kube9.core.resources.ResourcePage;
import io.kube9.core.resources.ResourceQuery;

/** Times every request that reaches one backend and reports it, with its outcome, to the recorder. */
public final class TimedSource implements ResourceSource {

	private final ResourceSource delegate;
	private final PerformanceRecorder recorder;

	public TimedSource(ResourceSource delegate, PerformanceRecorder recorder) {
		this.delegate = delegate;
		this.recorder = recorder;
	}

	@Override
	public String name() {
		return delegate.name();
	}

	@Override
	public ResourcePage list(ResourceQuery query, CancellationSignal cancellation) throws KubeException {
		long start = System.nanoTime();
		ErrorKind failure = ErrorKind.UNKNOWN;
		try {
			ResourcePage page = delegate.list(query, cancellation);
			failure = null;
			return page;
		} catch (KubeException e) {
			failure = e.kind();
			throw e;
		} finally {
			recorder.request(query.context(), query.kind().id(), delegate.name(), System.nanoTime() - start, failure);
		}
	}

	@Override
	public JsonObject get(String context, String path, Duration timeout, CancellationSignal cancellation)
			throws KubeException {
		long start = System.nanoTime();
		ErrorKind failure = ErrorKind.UNKNOWN;
		try {
			JsonObject object = delegate.get(context, path, timeout, cancellation);
			failure = null;
			return object;
		} catch (KubeException e) {
			failure = e.kind();
			throw e;
		} finally {
			recorder.request(context, PathKinds.of(path), delegate.name(), System.nanoTime() - start, failure);
		}
	}
}
