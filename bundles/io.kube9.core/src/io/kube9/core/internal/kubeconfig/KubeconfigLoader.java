package io.kube9.core.internal.kubeconfig;

import java.util.List;

import io.kube9.core.Settings;

/** Locates, reads and merges the kubeconfig. Touches local files only and never throws for their content. */
public final class KubeconfigLoader {

	private final KubeconfigLocator locator;
	private final KubeconfigFileReader reader = new KubeconfigFileReader();

	public KubeconfigLoader(KubeEnvironment environment) {
		this.locator = new KubeconfigLocator(environment);
	}

	/** Where the kubeconfig comes from under these settings. */
	public KubeconfigLocation locate(Settings settings) {
		return locator.locate(settings);
	}

	public MergedKubeconfig load(Settings settings) {
		return load(locate(settings));
	}

	public MergedKubeconfig load(KubeconfigLocation location) {
		List<KubeconfigFile> files = location.files().stream().map(reader::read).toList();
		return KubeconfigMerger.merge(files, location.problems(), location.inCluster().orElse(null))
				.withSearched(location.candidates());
	}
}
