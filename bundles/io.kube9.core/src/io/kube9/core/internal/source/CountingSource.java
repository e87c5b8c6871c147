package io.kube9.core.internal.source;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.google.gson.JsonObject;

import io.kube9.core.errors.KubeException;
import io.kube9.core.resources.ResourcePage;
import io.kube9.core.resources.ResourceQuery;

/** Counts the requests that reach a backend, by backend: how a user (or a test) sees which one answers. */
public final class CountingSource implements ResourceSource {

	private final ResourceSource delegate;
	private final Map<String, AtomicLong> counts;

	public CountingSource(ResourceSource delegate, Map<String, AtomicLong> counts) {
		this.delegate = delegate;
		this.counts = counts;
	}

	public static Map<String, AtomicLong> newCounters() {
		return new ConcurrentHashMap<>();
	}

	@Override
	public String name() {
		return delegate.name();
	}

	@Override
	public ResourcePage list(ResourceQuery query, CancellationSignal cancellation) throws KubeException {
		counts.computeIfAbsent(delegate.name(), name -> new AtomicLong()).incrementAndGet();
		return delegate.list(query, cancellation);
	}

	@Override
	public JsonObject get(String context, String path, Duration timeout, CancellationSignal cancellation)
			throws KubeException {
		counts.computeIfAbsent(delegate.name(), name -> new AtomicLong()).incrementAndGet();
		return delegate.get(context, path, timeout, cancellation);
	}
}
