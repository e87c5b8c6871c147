package io.kube9.benchmarks.support;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.kube9.core.Backend;
import io.kube9.core.Kube9Core;
import io.kube9.core.Settings;

/**
 * Engines of their own on a benchmark kubeconfig, one per backend, with no fallback: what answers is exactly the
 * backend measured. Generous timeouts: kubectl on thousands of pods takes seconds.
 */
public final class Engines {

	public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
	public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

	private Engines() {
	}

	public static Settings settings(Path kubeconfig, Backend backend) {
		return Settings.defaults().withKubeconfigFiles(List.of(kubeconfig)).withBackend(backend)
				.withKubectlFallback(false).withTimeouts(CONNECT_TIMEOUT, REQUEST_TIMEOUT);
	}

	public static Kube9Core on(Path kubeconfig, Backend backend) {
		return Kube9Core.create(settings(kubeconfig, backend));
	}
}
