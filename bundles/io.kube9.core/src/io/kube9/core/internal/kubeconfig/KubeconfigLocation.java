package io.kube9.core.internal.kubeconfig;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.kube9.core.kubeconfig.KubeconfigProblem;

/**
 * Where the kubeconfig comes from this time.
 *
 * @param files      the existing files to read, in precedence order
 * @param candidates every file that would be read if it existed (watched so a new file is noticed)
 * @param problems   explicitly configured files that do not exist
 * @param inCluster  the pod's configuration, used only when no file exists and none is configured explicitly
 */
public record KubeconfigLocation(List<Path> files, List<Path> candidates, List<KubeconfigProblem> problems,
		Optional<InClusterConfig> inCluster) {

	public KubeconfigLocation {
		files = List.copyOf(files);
		candidates = List.copyOf(candidates);
		problems = List.copyOf(problems);
	}
}
