package io.kube9.core.it;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.kube9.core.Kube9Core;
import io.kube9.core.Settings;

/** Engines pointed at the test cluster's kubeconfig files, never at the user's. */
final class Engines {

	static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
	static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(4);

	private Engines() {
	}

	static Kube9Core on(Path... kubeconfigFiles) {
		return Kube9Core.create(settings(kubeconfigFiles));
	}

	static Settings settings(Path... kubeconfigFiles) {
		return Settings.defaults().withKubeconfigFiles(List.of(kubeconfigFiles))
				.withTimeouts(CONNECT_TIMEOUT, REQUEST_TIMEOUT);
	}
}
