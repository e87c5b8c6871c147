package io.kube9.tests.cluster;

import java.io.File;
import java.nio.file.Path;

/**
 * The kubeconfig files a {@link TestCluster} wrote for this JVM.
 *
 * @param directory the folder holding them (and the relative certificate files and exec plugin scripts)
 * @param all       every context of {@link Contexts#ALL}; current-context {@link Contexts#ADMIN}
 * @param first     the first half ({@link Contexts#FIRST_FILE}) and the current-context
 * @param second    the rest ({@link Contexts#SECOND_FILE}), no current-context; only complete after first
 */
public record Kubeconfigs(Path directory, Path all, Path first, Path second) {

	/** The value for KUBECONFIG that merges the split pair the way kubectl does: first then second. */
	public String splitKubeconfigVariable() {
		return first + File.pathSeparator + second;
	}
}
