package io.kube9.core.internal.kubeconfig;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import io.kube9.core.Settings;
import io.kube9.core.kubeconfig.KubeconfigProblem;

/**
 * Finds the kubeconfig files the way kubectl does: the explicitly configured files, else the KUBECONFIG list,
 * else ~/.kube/config, else (in a pod) the service account.
 */
public final class KubeconfigLocator {

	private final KubeEnvironment environment;

	public KubeconfigLocator(KubeEnvironment environment) {
		this.environment = environment;
	}

	public KubeconfigLocation locate(Settings settings) {
		if (!settings.kubeconfigFiles().isEmpty()) {
			return explicit(settings.kubeconfigFiles());
		}
		List<Path> candidates = fromVariable(environment.getenv("KUBECONFIG"));
		if (candidates.isEmpty()) {
			candidates = List.of(defaultFile());
		}
		List<Path> files = candidates.stream().filter(Files::isRegularFile).toList();
		Optional<InClusterConfig> inCluster = files.isEmpty() ? InClusterConfig.detect(environment)
				: Optional.empty();
		return new KubeconfigLocation(files, candidates, List.of(), inCluster);
	}

	/** ~/.kube/config. */
	public Path defaultFile() {
		return environment.home().resolve(".kube").resolve("config").toAbsolutePath().normalize();
	}

	private static KubeconfigLocation explicit(List<Path> configured) {
		Set<Path> unique = new LinkedHashSet<>();
		configured.forEach(path -> unique.add(path.toAbsolutePath().normalize()));
		List<Path> files = new ArrayList<>();
		List<KubeconfigProblem> problems = new ArrayList<>();
		for (Path path : unique) {
			if (Files.isRegularFile(path)) {
				files.add(path);
			} else {
				// The user chose this file, so its absence is worth telling, unlike a stale KUBECONFIG entry.
				problems.add(KubeconfigProblem.skippedFile(path, NLS.bind(Files.exists(path)
						? KubeconfigMessages.configured_notAFile : KubeconfigMessages.configured_missing, path), 0, 0));
			}
		}
		return new KubeconfigLocation(files, List.copyOf(unique), problems, Optional.empty());
	}

	/** KUBECONFIG split like kubectl: empty entries ignored, duplicates dropped. */
	private static List<Path> fromVariable(String value) {
		if (value == null) {
			return List.of();
		}
		Set<Path> unique = new LinkedHashSet<>();
		for (String entry : value.split(File.pathSeparator)) {
			if (entry.isEmpty()) {
				continue;
			}
			try {
				unique.add(Path.of(entry).toAbsolutePath().normalize());
			} catch (InvalidPathException e) {
				// A garbled entry cannot name an existing file; kubectl skips missing ones as well.
			}
		}
		return List.copyOf(unique);
	}
}
